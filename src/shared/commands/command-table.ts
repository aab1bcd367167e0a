/**
 * Every command a person gives Claimcheck, in one table: its id, its label, its keys on each
 * platform and where it appears. The desktop menus (main/electron/menu-template.ts), the right-click
 * menu, the window's keys (renderer/workspace/use-review-keys.ts), the `?` list and the README's
 * shortcut table are all read from these rows, so they cannot disagree. Pure data, for every layer.
 */
import type { MenuCommand } from '../menu-commands'

export type Platform = 'mac' | 'other'

/** One way to press a command. */
export interface KeyBinding {
  /** The key as `KeyboardEvent.key` names it: `j`, `J` (with Shift), `?`, `/`, `Escape`, `z`. */
  key: string
  /** Ctrl on Windows and Linux, ⌘ on macOS. */
  mod?: boolean
  shift?: boolean
  /** Only on this platform (Ctrl+Y redoes on Windows and Linux; macOS has no such key). */
  only?: Platform
  /** Taken by the desktop app's menu (an accelerator), so absent in the browser host. */
  menuOnly?: boolean
}

/** The menu a command sits in; `theme` and `text-size` are View's submenus. */
export type MenuPlace = 'file' | 'export' | 'view-theme' | 'view-text-size' | 'review' | 'help' | 'app'

/** What main does itself, with no window involved. */
export type MainAction = 'open-data-folder' | 'clear-recent' | 'about' | 'open-logs'

/** How a command runs: sent to the window as a menu command, done by main, or a window key only. */
export type CommandRun = { window: MenuCommand } | { main: MainAction } | { key: true }

export interface CommandRow {
  id: string
  /** The menu's words (title case): also the right-click menu's. */
  label: string
  /** What the `?` list and the README say it does; absent when neither lists it. */
  help?: string
  /** More for the README's table, after `help`. */
  readme?: string
  keys?: readonly KeyBinding[]
  /** Where the desktop menu shows it; on macOS `help.about` moves to the app menu. */
  menu?: MenuPlace
  /** A separator goes before it in its menu. */
  separatorBefore?: boolean
  /** In the reading view's right-click menu. */
  context?: boolean
  run: CommandRun
}

const review = (action: Extract<MenuCommand, { kind: 'review' }>['action']) =>
  ({ window: { kind: 'review', action } }) as const

export const commandTable = [
  {
    id: 'file.import',
    label: 'Import…',
    help: 'Import a file',
    keys: [{ key: 'o', mod: true, menuOnly: true }],
    menu: 'file',
    run: { window: { kind: 'import' } }
  },
  {
    id: 'file.import-web',
    label: 'Import from a Web Address…',
    help: 'Import a web page from its address',
    keys: [{ key: 'o', mod: true, shift: true, menuOnly: true }],
    menu: 'file',
    run: { window: { kind: 'import-web' } }
  },
  {
    id: 'file.export-markdown',
    label: 'Markdown (.md)',
    help: 'Export the review as Markdown',
    keys: [{ key: 'e', mod: true, menuOnly: true }],
    menu: 'export',
    run: { window: { kind: 'export', format: 'markdown' } }
  },
  {
    id: 'file.print',
    label: 'Print…',
    help: 'Print the article with its marks',
    // The window takes Ctrl/⌘+P itself (PrintButton), in both hosts.
    keys: [{ key: 'p', mod: true }],
    menu: 'file',
    run: { window: { kind: 'print' } }
  },
  {
    id: 'file.library',
    label: 'Library',
    help: 'Show the library',
    keys: [{ key: 'l', mod: true, menuOnly: true }],
    menu: 'file',
    separatorBefore: true,
    run: { window: { kind: 'library' } }
  },
  {
    id: 'view.theme-system',
    label: 'System',
    menu: 'view-theme',
    run: { window: { kind: 'theme', theme: 'system' } }
  },
  {
    id: 'view.theme-light',
    label: 'Light',
    menu: 'view-theme',
    run: { window: { kind: 'theme', theme: 'light' } }
  },
  {
    id: 'view.theme-dark',
    label: 'Dark',
    menu: 'view-theme',
    run: { window: { kind: 'theme', theme: 'dark' } }
  },
  {
    id: 'view.text-larger',
    label: 'Larger Text',
    menu: 'view-text-size',
    run: { window: { kind: 'text-size', step: 'larger' } }
  },
  {
    id: 'view.text-smaller',
    label: 'Smaller Text',
    menu: 'view-text-size',
    run: { window: { kind: 'text-size', step: 'smaller' } }
  },
  {
    id: 'review.next',
    label: 'Next Claim',
    help: 'Next claim',
    readme: 'focus moves, the claim scrolls into view',
    keys: [{ key: 'j' }],
    menu: 'review',
    run: review('next')
  },
  {
    id: 'review.previous',
    label: 'Previous Claim',
    help: 'Previous claim',
    keys: [{ key: 'k' }],
    menu: 'review',
    run: review('previous')
  },
  {
    id: 'review.next-unreviewed',
    label: 'Next Claim With No Status',
    help: 'Next claim with no status',
    keys: [{ key: 'J' }],
    menu: 'review',
    run: review('next-unreviewed')
  },
  {
    id: 'review.previous-unreviewed',
    label: 'Previous Claim With No Status',
    help: 'Previous claim with no status',
    keys: [{ key: 'K' }],
    menu: 'review',
    run: review('previous-unreviewed')
  },
  {
    id: 'review.verified',
    label: 'Mark Verified',
    help: 'Mark Verified',
    keys: [{ key: '1' }],
    menu: 'review',
    separatorBefore: true,
    context: true,
    run: review('verified')
  },
  {
    id: 'review.disputed',
    label: 'Mark Disputed',
    help: 'Mark Disputed',
    keys: [{ key: '2' }],
    menu: 'review',
    context: true,
    run: review('disputed')
  },
  {
    id: 'review.needs-source',
    label: 'Mark Needs Source',
    help: 'Mark Needs source',
    keys: [{ key: '3' }],
    menu: 'review',
    context: true,
    run: review('needs-source')
  },
  {
    id: 'review.not-a-claim',
    label: 'Mark Not a Claim',
    help: 'Mark Not a claim (left out of the count)',
    readme: 'neither true nor false',
    keys: [{ key: '4' }],
    menu: 'review',
    context: true,
    run: review('not-a-claim')
  },
  {
    id: 'review.clear',
    label: 'Clear Status',
    help: 'Clear the status',
    keys: [{ key: '0' }],
    menu: 'review',
    run: review('clear')
  },
  {
    id: 'review.note',
    label: 'Write a Note',
    help: 'Write in the note (Escape returns to the claim); straight after h, the new highlight’s note',
    keys: [{ key: 'n' }],
    run: { key: true }
  },
  {
    id: 'review.source',
    label: 'Add a Source',
    help: 'Add a source',
    readme:
      'a link, a title, what it shows, a quoted passage, the day you read it, an archived copy; Ctrl+Enter (⌘+Enter) saves',
    keys: [{ key: 's' }],
    run: { key: true }
  },
  { id: 'review.tag', label: 'Add a Tag', help: 'Add a tag', keys: [{ key: 't' }], run: { key: true } },
  {
    id: 'review.highlight',
    label: 'Highlight',
    help: 'Highlight the selected text (or the claim); focus stays on the claim',
    keys: [{ key: 'h' }],
    menu: 'review',
    separatorBefore: true,
    context: true,
    run: review('highlight')
  },
  {
    id: 'review.search',
    label: 'Search',
    help: 'Search and filter',
    readme:
      'the article and notes; Enter / Shift+Enter step through hits; filter by status, kind (check-worthy, numbers, quotes…), tag, note',
    keys: [{ key: '/' }],
    run: { key: true }
  },
  {
    id: 'edit.undo',
    label: 'Undo',
    help: 'Undo',
    keys: [{ key: 'z', mod: true }],
    run: { key: true }
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    help: 'Redo',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true, only: 'other' }
    ],
    run: { key: true }
  },
  {
    id: 'window.close',
    label: 'Close',
    help: 'Close what is open; from a field, back to the claim',
    keys: [{ key: 'Escape' }],
    run: { key: true }
  },
  {
    id: 'help.shortcuts',
    label: 'Keyboard Shortcuts',
    help: 'Show these shortcuts',
    keys: [{ key: '?' }],
    menu: 'help',
    run: { window: { kind: 'shortcuts' } }
  },
  {
    id: 'help.open-data-folder',
    label: 'Open the Data Folder',
    menu: 'help',
    run: { main: 'open-data-folder' }
  },
  { id: 'help.open-logs', label: 'Open Logs', menu: 'help', run: { main: 'open-logs' } },
  { id: 'help.about', label: 'About Claimcheck', menu: 'help', separatorBefore: true, run: { main: 'about' } }
] as const satisfies readonly CommandRow[]

export type CommandId = (typeof commandTable)[number]['id']

type Row = (typeof commandTable)[number]
/** Rows with a key the window takes (any binding not only the menu's): distributes over bindings. */
type WithWindowKey<R> = R extends { keys: readonly (infer B)[] }
  ? B extends { menuOnly: true }
    ? never
    : R
  : never

/** The commands the window's keyboard runs by itself: each needs a handler there. */
export type WindowKeyCommandId = WithWindowKey<Row>['id']

const byId: ReadonlyMap<string, CommandRow> = new Map(commandTable.map((row) => [row.id, row]))

export function command(id: CommandId): CommandRow {
  const row = byId.get(id)
  if (!row) throw new Error(`No command "${id}" in the command table.`)
  return row
}

/**
 * The application menu as data: what each item says, its keys, and what it does — a command for
 * the window (the same handler its button or key runs) or an action main performs. Pure, with no
 * Electron import, so it is tested under Node; `application-menu.ts` turns it into a Menu.
 */
import { exportFormatInfo, exportFormats } from '../../shared/export/formats'
import type { MenuCommand, ReviewMenuAction } from '../../shared/menu-commands'

/** `about` and `open-logs` are the command table's `help.about` and `help.open-logs` (ids below). */
export type MainAction = 'open-data-folder' | 'clear-recent' | 'about' | 'open-logs'

/** One item; `role` items are Electron's own (copy, zoom, quit…). */
export interface MenuEntry {
  /** Electron's item id; the command table's id where the item has one. */
  id?: string
  label?: string
  role?: string
  type?: 'separator' | 'submenu' | 'normal'
  accelerator?: string
  /** Plain-key accelerators are shown but not registered, so typing in a note is never taken. */
  registerAccelerator?: boolean
  enabled?: boolean
  command?: MenuCommand
  mainAction?: MainAction
  submenu?: MenuEntry[]
}

export interface RecentDocument {
  documentId: string
  title: string
}

export interface MenuOptions {
  platform: NodeJS.Platform
  appName: string
  recent: RecentDocument[]
}

const separator: MenuEntry = { type: 'separator' }

/** The review items and the in-window key each mirrors (see renderer/workspace/shortcut-list.ts). */
export const reviewItems: { action: ReviewMenuAction; label: string; key: string }[] = [
  { action: 'next', label: 'Next Claim', key: 'j' },
  { action: 'previous', label: 'Previous Claim', key: 'k' },
  { action: 'next-unreviewed', label: 'Next Claim With No Status', key: 'J' },
  { action: 'previous-unreviewed', label: 'Previous Claim With No Status', key: 'K' },
  { action: 'verified', label: 'Mark Verified', key: '1' },
  { action: 'disputed', label: 'Mark Disputed', key: '2' },
  { action: 'needs-source', label: 'Mark Needs Source', key: '3' },
  { action: 'not-a-claim', label: 'Mark Not a Claim', key: '4' },
  { action: 'clear', label: 'Clear Status', key: '0' },
  { action: 'highlight', label: 'Highlight', key: 'h' }
]

/** An in-window key as an Electron accelerator: `j` → `J`, `J` → `Shift+J`, `1` → `1`. */
export function keyAccelerator(key: string): string {
  if (/^[a-z]$/.test(key)) return key.toUpperCase()
  if (/^[A-Z]$/.test(key)) return `Shift+${key}`
  return key
}

const MAX_RECENT_ITEMS = 10

export function buildMenuTemplate({ platform, appName, recent }: MenuOptions): MenuEntry[] {
  const mac = platform === 'darwin'
  // Windows and Linux underline a letter for Alt+key; macOS has no mnemonics.
  const top = (label: string): string => (mac ? label : `&${label}`)
  const recentItems: MenuEntry[] = recent.slice(0, MAX_RECENT_ITEMS).map(({ documentId, title }) => ({
    label: title.length > 60 ? `${title.slice(0, 59)}…` : title,
    command: { kind: 'open-document', documentId }
  }))

  const file: MenuEntry = {
    label: top('File'),
    submenu: [
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', command: { kind: 'import' } },
      {
        label: 'Import from a Web Address…',
        accelerator: 'CmdOrCtrl+Shift+O',
        command: { kind: 'import-web' }
      },
      {
        label: 'Open Recent',
        submenu: [
          ...(recentItems.length ? recentItems : [{ label: 'No Recent Documents', enabled: false }]),
          separator,
          { label: 'Clear Menu', mainAction: 'clear-recent', enabled: recentItems.length > 0 }
        ]
      },
      {
        label: 'Export',
        submenu: exportFormats.map((format) => ({
          label: exportFormatInfo[format].label,
          ...(format === 'markdown' ? { accelerator: 'CmdOrCtrl+E' } : {}),
          command: { kind: 'export', format }
        }))
      },
      // The window takes Ctrl/⌘+P itself (PrintButton), so the menu only shows the keys.
      { label: 'Print…', accelerator: 'CmdOrCtrl+P', registerAccelerator: false, command: { kind: 'print' } },
      separator,
      { label: 'Library', accelerator: 'CmdOrCtrl+L', command: { kind: 'library' } },
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'E&xit' }
    ]
  }

  const edit: MenuEntry = {
    label: top('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' }] : []),
      { role: 'delete' },
      { role: 'selectAll' }
    ]
  }

  const view: MenuEntry = {
    label: top('View'),
    submenu: [
      {
        label: 'Theme',
        submenu: [
          { label: 'System', command: { kind: 'theme', theme: 'system' } },
          { label: 'Light', command: { kind: 'theme', theme: 'light' } },
          { label: 'Dark', command: { kind: 'theme', theme: 'dark' } }
        ]
      },
      {
        label: 'Text Size',
        submenu: [
          { label: 'Larger Text', command: { kind: 'text-size', step: 'larger' } },
          { label: 'Smaller Text', command: { kind: 'text-size', step: 'smaller' } }
        ]
      },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' }
    ]
  }

  const review: MenuEntry = {
    label: top('Review'),
    submenu: reviewItems.flatMap(({ action, label, key }) => [
      ...(action === 'verified' || action === 'highlight' ? [separator] : []),
      {
        label,
        accelerator: keyAccelerator(key),
        registerAccelerator: false,
        command: { kind: 'review', action }
      }
    ])
  }

  const aboutItem: MenuEntry = { id: 'help.about', label: `About ${appName}`, mainAction: 'about' }
  const help: MenuEntry = {
    label: top('Help'),
    role: 'help',
    submenu: [
      { label: 'Keyboard Shortcuts', command: { kind: 'shortcuts' } },
      { label: 'Open the Data Folder', mainAction: 'open-data-folder' },
      { id: 'help.open-logs', label: 'Open Logs', mainAction: 'open-logs' },
      // macOS keeps About in the Claimcheck menu.
      ...(mac ? [] : [separator, aboutItem])
    ]
  }

  const appMenu: MenuEntry = {
    label: appName,
    submenu: [
      aboutItem,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' }
    ]
  }
  const windowMenu: MenuEntry = { role: 'windowMenu' }

  return mac ? [appMenu, file, edit, view, review, windowMenu, help] : [file, edit, view, review, help]
}

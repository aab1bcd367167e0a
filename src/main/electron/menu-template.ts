/**
 * The application menu as data: what each item says, its keys, and what it does — a command for
 * the window (the same handler its button or key runs) or an action main performs. The items, their
 * labels and keys come from the command table (shared/commands); this file only arranges them with
 * Electron's own roles and the recent documents. Pure, with no Electron import, so it is tested
 * under Node; `application-menu.ts` turns it into a Menu.
 */
import { accelerator, keysOn, platformOf } from '../../shared/commands/command-keys'
import {
  command,
  commandTable,
  type CommandId,
  type CommandRow,
  type MainAction,
  type MenuPlace
} from '../../shared/commands/command-table'
import { exportFormatInfo, exportFormats } from '../../shared/export/formats'
import type { MenuCommand } from '../../shared/menu-commands'

export type { MainAction }

/** One item; `role` items are Electron's own (copy, zoom, quit…). */
export interface MenuEntry {
  /** Electron's item id: the command table's id where the item has one. */
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

/** A command table row as a menu item: its label, the key it shows, and what it runs. */
export function commandItem(row: CommandRow, platform: NodeJS.Platform): MenuEntry {
  const binding = keysOn(row, platformOf(platform), true).find((candidate) => accelerator(candidate))
  const shown = binding && accelerator(binding)
  return {
    id: row.id,
    label: row.label,
    ...(shown ? { accelerator: shown } : {}),
    // Keys the window takes itself are shown but not registered, so typing in a note is never taken.
    ...(binding && !binding.menuOnly ? { registerAccelerator: false } : {}),
    ...('window' in row.run ? { command: row.run.window } : {}),
    ...('main' in row.run ? { mainAction: row.run.main } : {})
  }
}

/** The table's items for one menu, in table order, with the separators the table asks for. */
function itemsIn(place: MenuPlace, platform: NodeJS.Platform, leave: readonly CommandId[] = []): MenuEntry[] {
  return commandTable
    .filter((row: CommandRow) => row.menu === place && !leave.includes(row.id as CommandId))
    .flatMap((row: CommandRow, index) => [
      ...(row.separatorBefore && index > 0 ? [separator] : []),
      commandItem(row, platform)
    ])
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

  const item = (id: CommandId) => commandItem(command(id), platform)
  const exportItems: MenuEntry[] = exportFormats.map((format) => {
    const row = commandTable.find(
      (candidate: CommandRow) =>
        candidate.menu === 'export' &&
        'window' in candidate.run &&
        candidate.run.window.kind === 'export' &&
        candidate.run.window.format === format
    )
    return row
      ? commandItem(row, platform)
      : { label: exportFormatInfo[format].label, command: { kind: 'export', format } }
  })
  const file: MenuEntry = {
    label: top('File'),
    submenu: [
      item('file.import'),
      item('file.import-web'),
      {
        label: 'Open Recent',
        submenu: [
          ...(recentItems.length ? recentItems : [{ label: 'No Recent Documents', enabled: false }]),
          separator,
          { label: 'Clear Menu', mainAction: 'clear-recent', enabled: recentItems.length > 0 }
        ]
      },
      { label: 'Export', submenu: exportItems },
      item('file.print'),
      separator,
      item('file.library'),
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
        submenu: itemsIn('view-theme', platform)
      },
      {
        label: 'Text Size',
        submenu: itemsIn('view-text-size', platform)
      },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' }
    ]
  }

  const review: MenuEntry = { label: top('Review'), submenu: itemsIn('review', platform) }

  const help: MenuEntry = {
    label: top('Help'),
    role: 'help',
    // macOS keeps About in the Claimcheck menu.
    submenu: itemsIn('help', platform, mac ? ['help.about'] : [])
  }

  const appMenu: MenuEntry = {
    label: appName,
    submenu: [
      item('help.about'),
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

/**
 * The command table's keys, as each place needs them: what a person reads (`Ctrl+Shift+O`, `⌘⇧O`),
 * what Electron's menu registers (`CmdOrCtrl+Shift+O`), and which command a key press runs in the
 * window. Pure: a key press is read from the plain fields of a KeyboardEvent.
 */
import {
  commandTable,
  type CommandRow,
  type KeyBinding,
  type Platform,
  type WindowKeyCommandId
} from './command-table'

/**
 * The order the `?` list and the README's table list commands in: the review's keys first, as a
 * reviewer meets them, then the app's (import, export, print, library); the menus keep table order.
 */
export function inHelpOrder(rows: readonly CommandRow[]): CommandRow[] {
  const appWide = (row: CommandRow) => row.id.startsWith('file.')
  return [...rows.filter((row) => !appWide(row)), ...rows.filter(appWide)]
}

/** The platform a browser's `navigator.platform` (or Node's `process.platform`) names. */
export function platformOf(name: string): Platform {
  return /^(darwin|Mac|iPhone|iPad)/.test(name) ? 'mac' : 'other'
}

/** The bindings that work on `platform`; the menu's own only where there is a menu. */
export function keysOn(row: CommandRow, platform: Platform, withMenu: boolean): KeyBinding[] {
  return (row.keys ?? []).filter(
    (binding) => (!binding.only || binding.only === platform) && (withMenu || !binding.menuOnly)
  )
}

const keyNames: Record<string, string> = { Escape: 'Esc' }

/** A binding as a person reads it on `platform`: `j`, `?`, `Esc`, `Ctrl+Shift+Z`, `⌘⇧Z`. */
export function keyLabel(binding: KeyBinding, platform: Platform): string {
  const key = keyNames[binding.key] ?? binding.key
  if (!binding.mod) return key
  const letter = key.toUpperCase()
  if (platform === 'mac') return `⌘${binding.shift ? '⇧' : ''}${letter}`
  return `Ctrl+${binding.shift ? 'Shift+' : ''}${letter}`
}

/**
 * A binding as an Electron accelerator: `j` → `J`, `J` → `Shift+J`, `1` → `1`, a chord →
 * `CmdOrCtrl+Shift+O`. Null for keys a menu does not show (`?`, `/`, Escape).
 */
export function accelerator(binding: KeyBinding): string | null {
  const { key } = binding
  if (binding.mod) return `CmdOrCtrl+${binding.shift ? 'Shift+' : ''}${key.toUpperCase()}`
  if (/^[a-z0-9]$/.test(key)) return key.toUpperCase()
  if (/^[A-Z]$/.test(key)) return `Shift+${key}`
  return null
}

/** The fields of a key press that choose a command. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

function matches(binding: KeyBinding, press: KeyPress): boolean {
  // Alt (AltGr on some keyboards) types letters: never a command.
  if (press.altKey) return false
  if (!binding.mod) return !press.ctrlKey && !press.metaKey && press.key === binding.key
  // Ctrl and ⌘ both count on every platform; a Windows-and-Linux key wants Ctrl itself.
  const mod = binding.only === 'other' ? press.ctrlKey : press.ctrlKey || press.metaKey
  return mod && press.shiftKey === Boolean(binding.shift) && press.key.toLowerCase() === binding.key
}

/** The rows whose keys the window takes itself (not only the desktop menu). */
export const windowKeyCommands = commandTable.filter((row: CommandRow) =>
  (row.keys ?? []).some((binding) => !binding.menuOnly)
) as readonly (CommandRow & { id: WindowKeyCommandId })[]

/** The command the window runs for a key press, if any; the binding says whether it is a chord. */
export function windowCommandFor(press: KeyPress): { id: WindowKeyCommandId; chord: boolean } | null {
  for (const row of windowKeyCommands) {
    for (const binding of row.keys ?? []) {
      if (!binding.menuOnly && matches(binding, press)) return { id: row.id, chord: Boolean(binding.mod) }
    }
  }
  return null
}

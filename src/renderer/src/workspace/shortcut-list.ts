/**
 * The `?` list, from the command table (shared/commands): every command with a key on this
 * platform, as a person reads it. Keys only the desktop menu takes are listed where there is one.
 */
import { inHelpOrder, keyLabel, keysOn, platformOf } from '../../../shared/commands/command-keys'
import { commandTable, type CommandId, type Platform } from '../../../shared/commands/command-table'

export interface Shortcut {
  id: CommandId
  keys: string[]
  description: string
}

export function shortcutList(platform: Platform, withMenu: boolean): Shortcut[] {
  return inHelpOrder(commandTable).flatMap((row) => {
    const keys = keysOn(row, platform, withMenu).map((binding) => keyLabel(binding, platform))
    return row.help && keys.length > 0 ? [{ id: row.id as CommandId, keys, description: row.help }] : []
  })
}

/** The page's platform; the desktop app's menu is there when the preload gave the page its commands. */
export function pageShortcuts(): Shortcut[] {
  return shortcutList(platformOf(navigator.platform), Boolean(window.claimcheckMenu))
}

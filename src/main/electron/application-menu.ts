/**
 * Turns the menu data into Electron's template: items with a command send it to the window, items
 * with a main action run it here. Returns plain objects, so it is tested without Electron.
 */
import type { MenuCommand } from '../../shared/menu-commands'
import type { ContextAction, ContextEntry } from './context-menu'
import type { MainAction, MenuEntry } from './menu-template'

export interface MenuTarget {
  sendCommand: (command: MenuCommand) => void
  runMainAction: (action: MainAction) => void
}

export interface ElectronMenuItem extends Omit<MenuEntry, 'command' | 'mainAction' | 'submenu'> {
  click?: () => void
  submenu?: ElectronMenuItem[]
}

export function toElectronTemplate(entries: MenuEntry[], target: MenuTarget): ElectronMenuItem[] {
  return entries.map(({ command, mainAction, submenu, ...item }) => ({
    ...item,
    ...(submenu ? { submenu: toElectronTemplate(submenu, target) } : {}),
    ...(command ? { click: () => target.sendCommand(command) } : {}),
    ...(mainAction ? { click: () => target.runMainAction(mainAction) } : {})
  }))
}

export interface ContextTarget {
  sendCommand: (command: MenuCommand) => void
  runContextAction: (action: ContextAction) => void
}

/** The right-click menu's data as Electron's template, the same way. */
export function toContextTemplate(entries: ContextEntry[], target: ContextTarget): ElectronMenuItem[] {
  return entries.map(({ command, action, ...item }) => ({
    ...item,
    ...(command ? { click: () => target.sendCommand(command) } : {}),
    ...(action ? { click: () => target.runContextAction(action) } : {})
  }))
}

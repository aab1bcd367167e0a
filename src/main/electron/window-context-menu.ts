/**
 * The right-click menu of a window: the entries the command table gives for what was clicked
 * (context-menu.ts), spelling suggestions, and a web search for the selected text.
 */
import { Menu, shell, type BrowserWindow } from 'electron'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/menu-commands'
import { toContextTemplate } from './application-menu'
import { buildContextMenu, webSearchUrl, type ContextAction } from './context-menu'

/** `isAppUrl`: whether a frame is the app's own page (only there do the app's commands apply). */
export function attachContextMenu(window: BrowserWindow, isAppUrl: (url: string) => boolean): void {
  window.webContents.on('context-menu', (_event, params) => {
    const entries = buildContextMenu({ ...params, onAppPage: isAppUrl(params.frameURL || params.pageURL) })
    if (entries.length === 0) return
    const runContextAction = (action: ContextAction) => {
      if (action.kind === 'replace-misspelling') window.webContents.replaceMisspelling(action.word)
      if (action.kind === 'add-to-dictionary')
        window.webContents.session.addWordToSpellCheckerDictionary(action.word)
      if (action.kind === 'search-web') void shell.openExternal(webSearchUrl(action.text))
    }
    const sendToThisWindow = (command: MenuCommand) => window.webContents.send(MENU_COMMAND_CHANNEL, command)
    const template = toContextTemplate(entries, { sendCommand: sendToThisWindow, runContextAction })
    Menu.buildFromTemplate(template as Electron.MenuItemConstructorOptions[]).popup({ window })
  })
}

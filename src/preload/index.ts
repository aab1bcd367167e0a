/**
 * The preload: exposes one function per API method as `window.claimcheck`, and a subscription to
 * the menu's validated commands as `window.claimcheckMenu` — never ipcRenderer itself. It reads only the method names, not the contract's schemas,
 * so it stays about a kilobyte.
 */
import { contextBridge, ipcRenderer } from 'electron'
import {
  MENU_COMMAND_CHANNEL,
  MENU_READY_CHANNEL,
  parseMenuCommand,
  type MenuCommand
} from '../shared/menu-commands'
import { methodNames } from '../shared/method-names'
import { ipcChannel } from '../shared/wire'

const api = Object.fromEntries(
  methodNames.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input ?? {})
  ])
)

contextBridge.exposeInMainWorld('claimcheck', api)

/**
 * The application menu's commands, passed on only when they parse; the page gets the command, never
 * the IPC event. Returns an unsubscribe function.
 */
let announced = false

contextBridge.exposeInMainWorld('claimcheckMenu', {
  onCommand(listener: (command: MenuCommand) => void): () => void {
    // The first subscription tells main the page can take commands (files opened before it was up).
    if (!announced) ipcRenderer.send(MENU_READY_CHANNEL)
    announced = true
    const receive = (_event: unknown, value: unknown) => {
      const command = parseMenuCommand(value)
      if (command) listener(command)
    }
    ipcRenderer.on(MENU_COMMAND_CHANNEL, receive)
    return () => void ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, receive)
  }
})

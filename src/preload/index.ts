/**
 * The preload: exposes one function per API method as `window.claimcheck`, nothing else — never
 * ipcRenderer itself, never callbacks. It reads only the method names, not the contract's schemas,
 * so it stays about a kilobyte.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { methodNames } from '../shared/method-names'
import { ipcChannel } from '../shared/wire'

const api = Object.fromEntries(
  methodNames.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input ?? {})
  ])
)

contextBridge.exposeInMainWorld('claimcheck', api)

/**
 * The preload: exposes one function per API method as `window.claimcheck`, nothing else — never
 * ipcRenderer itself, never callbacks.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { methodNames } from '../shared/contract'

const api = Object.fromEntries(
  methodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke(`api:${method}`, input ?? {})])
)

contextBridge.exposeInMainWorld('claimcheck', api)

/**
 * How API calls travel between the renderer and a host: the names on the wire, in one place, so
 * the preload, the IPC binding, the HTTP host and the renderer's port can never disagree.
 */

/** Electron: each contract method is the IPC channel `api:<method>`. */
export const IPC_CHANNEL_PREFIX = 'api:'

/** Browser host: each contract method is a POST to `/api/<method>`. */
export const API_ROUTE_PREFIX = '/api/'

/** Browser host: the header carrying the per-launch token (HTTP header names are lowercase in Node). */
export const TOKEN_HEADER = 'x-claimcheck-token'

/** Browser host: where the page keeps the token (localStorage), so a bookmark of the address works. */
export const TOKEN_STORAGE_KEY = 'claimcheck.token'

/** The IPC channel that carries `method`. */
export const ipcChannel = (method: string): string => `${IPC_CHANNEL_PREFIX}${method}`

/** The HTTP path that carries `method`. */
export const apiRoute = (method: string): string => `${API_ROUTE_PREFIX}${method}`

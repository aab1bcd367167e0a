/**
 * The renderer's one port to its host. In the desktop app the preload exposes the API as
 * `window.claimcheck`; anywhere else the page is in the browser host and talks HTTP. Components use
 * `api` for the services and `host` for what each host does its own way (links, exports, imports).
 */
import type { Api } from '../../shared/contract'
import { browserPort } from './hosts/browser-port'
import { electronPort } from './hosts/electron-port'
import type { HostPort } from './hosts/host-port'

export const host: HostPort = window.claimcheck ? electronPort(window.claimcheck) : browserPort()
export const api: Api = host.api

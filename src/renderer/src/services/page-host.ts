/**
 * The port of the page the renderer runs in. In the desktop app the preload exposes the API as
 * `window.claimcheck`; anywhere else the page is in the browser host and talks HTTP. Only the entry
 * (`main.tsx`) calls this: components reach the port through the service context, so a test can
 * hand them a double instead.
 */
import { browserPort } from '../hosts/browser-port'
import { electronPort } from '../hosts/electron-port'
import type { HostPort } from '../hosts/host-port'

export function pageHost(): HostPort {
  return window.claimcheck ? electronPort(window.claimcheck) : browserPort()
}

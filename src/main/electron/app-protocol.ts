/**
 * The renderer is served from `claimcheck://app/`, a privileged custom scheme over the bundled
 * files, never from file:// or the network. Every response carries the CSP.
 */
import type { Protocol } from 'electron'
import { readStaticFile } from '../core'
import { contentSecurityPolicy } from '../../shared/security/csp'

export const APP_SCHEME = 'claimcheck'
export const APP_ORIGIN = `${APP_SCHEME}://app`

export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true }
}

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === 'app' ? await readStaticFile(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404 })
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, 'Content-Security-Policy': contentSecurityPolicy }
    })
  })
}

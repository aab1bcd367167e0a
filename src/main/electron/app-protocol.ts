/**
 * The renderer is served from `claimcheck://app/`, a privileged custom scheme over the bundled
 * files, never from file:// or the network. Every response carries the CSP.
 */
import type { Protocol } from 'electron'
import { isAppPage, readStaticFile, withFirstScreenPage, type FirstScreen } from '../core/start'

export const APP_SCHEME = 'claimcheck'
export const APP_ORIGIN = `${APP_SCHEME}://app`

export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true }
}

/**
 * `firstScreen` puts the article's opening into the app's page (shared/first-screen), so the window
 * paints it before the renderer's script runs; null while the services are not up.
 */
export function serveRenderer(
  protocol: Pick<Protocol, 'handle'>,
  rendererDir: string,
  firstScreen: () => Promise<FirstScreen | null> = async () => null
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const found = url.host === 'app' ? await readStaticFile(rendererDir, url.pathname) : null
    if (!found) return new Response('Not found', { status: 404 })
    const screen = isAppPage(url.pathname) ? await firstScreen().catch(() => null) : null
    const file = await withFirstScreenPage(rendererDir, found, screen)
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.contentType, 'Content-Security-Policy': file.contentSecurityPolicy }
    })
  })
}

/**
 * Electron's security checklist for every web contents: no navigation away from the app, no new
 * windows (http(s) links go to the system browser instead), every permission request denied.
 */
import type { Session, Shell, WebContents } from 'electron'
import { isWebLink } from '../../shared/security/web-link'

export function hardenWebContents(
  contents: WebContents,
  shell: Pick<Shell, 'openExternal'>,
  isAppUrl: (url: string) => boolean
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

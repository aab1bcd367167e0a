/**
 * What the desktop app writes to its log on its own: that it started (with its versions), and any
 * window or helper process that went away. Never a document's text or address.
 */
import { app } from 'electron'
import { arch } from 'node:os'
import type { AppLog } from '../core'

export function logAppEvents(appLog: AppLog): void {
  appLog.info('app.started', {
    version: app.getVersion(),
    electron: process.versions.electron ?? null,
    chromium: process.versions.chrome ?? null,
    platform: process.platform,
    arch: arch(),
    packaged: app.isPackaged
  })
  app.on('render-process-gone', (_event, _contents, details) =>
    appLog.warn('window.gone', { reason: details.reason, exitCode: details.exitCode })
  )
  app.on('child-process-gone', (_event, details) =>
    appLog.warn('process.gone', { type: details.type, reason: details.reason, exitCode: details.exitCode })
  )
}

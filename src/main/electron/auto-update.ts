/**
 * electron-updater bound to the update controller: its events become the policy's events, and
 * the controller decides when to check and when to install. Thin on purpose; the rules are in
 * shared/updates/update-policy.ts and main/updates/update-controller.ts, tested under Node.
 * The feed is the GitHub release named by electron-builder's `publish` (app-update.yml, written
 * into the packaged app): AppImage, NSIS and the macOS zip each find their file in it.
 */
import electronUpdater from 'electron-updater'
import { updateSupport } from '../../shared/updates/update-policy'
import { UpdateController, type AppLog } from '../core'

export interface AutoUpdateOptions {
  dataDir: string
  packaged: boolean
  log: AppLog
  platform?: string
  env?: Record<string, string | undefined>
  /** The app's pending writes, awaited before it quits to install. */
  beforeInstall?: () => Promise<unknown>
}

const versionOf = (info: unknown): string => String((info as { version?: unknown } | null)?.version ?? '')

export interface AutoUpdates {
  controller: UpdateController
  /** Settles once the setting is read and the first check scheduled. */
  started: Promise<void>
}

export function startAutoUpdates(options: AutoUpdateOptions): AutoUpdates {
  const host = {
    packaged: options.packaged,
    platform: options.platform ?? process.platform,
    env: options.env ?? process.env
  }
  // electron-updater's updater is made on first use: a copy that cannot update (run from source,
  // a .deb) never makes one, and never has its events wired.
  const supported = updateSupport(host).supported
  const updater = () => electronUpdater.autoUpdater
  const controller = new UpdateController({
    dataDir: options.dataDir,
    host,
    log: options.log,
    updater: {
      check: () => updater().checkForUpdates(),
      // Not silent on Windows (the installer shows its progress), and the app starts again after.
      quitAndInstall: () => updater().quitAndInstall(false, true)
    },
    ...(options.beforeInstall ? { beforeInstall: options.beforeInstall } : {})
  })
  if (supported) wire(updater(), controller)
  const started = controller
    .start()
    .catch((error: unknown) => options.log.error('update.start-failed', error))
  return { controller, started }
}

function wire(autoUpdater: typeof electronUpdater.autoUpdater, controller: UpdateController): void {
  // Downloads in the background; an update nobody restarted for installs when the app quits.
  autoUpdater.autoDownload = true
  autoUpdater.autoInstallOnAppQuit = true
  autoUpdater.allowPrerelease = false
  // Its own logger would write the feed's URLs and headers; the controller logs what matters.
  autoUpdater.logger = null
  autoUpdater.on('checking-for-update', () => controller.handle({ kind: 'check-started' }))
  autoUpdater.on('update-not-available', () => controller.handle({ kind: 'up-to-date' }))
  autoUpdater.on('update-available', (info) => controller.handle({ kind: 'found', version: versionOf(info) }))
  autoUpdater.on('download-progress', (progress) =>
    controller.handle({ kind: 'progress', percent: Number(progress?.percent ?? 0) })
  )
  autoUpdater.on('update-downloaded', (info) =>
    controller.handle({ kind: 'downloaded', version: versionOf(info) })
  )
  autoUpdater.on('error', (error) =>
    controller.handle({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
  )
}

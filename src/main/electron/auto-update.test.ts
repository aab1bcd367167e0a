/**
 * The glue between electron-updater and the update controller, with the `electron` and
 * `electron-updater` modules replaced (neither runs under Node): what is tested is our wiring,
 * that each updater event reaches the controller and that installing asks the updater.
 */
import type { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { tempFolder } from '../../../test/support/temp-folder'

vi.mock('electron', () => ({}))
vi.mock('electron-updater', async () => {
  const { EventEmitter } = await import('node:events')
  const autoUpdater = Object.assign(new EventEmitter(), {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    allowPrerelease: true,
    logger: {} as unknown,
    checkForUpdates: vi.fn(async () => null),
    quitAndInstall: vi.fn()
  })
  return { default: { autoUpdater } }
})

const { default: electronUpdater } = await import('electron-updater')
const updater = electronUpdater.autoUpdater as unknown as EventEmitter & {
  logger: unknown
  checkForUpdates: Mock
  quitAndInstall: Mock
}
const { startAutoUpdates } = await import('./auto-update')

const silentLog = { folder: '', info: () => {}, warn: () => {}, error: () => {} }
const windows = { packaged: true, platform: 'win32', env: {} }

beforeEach(() => {
  updater.removeAllListeners()
  updater.quitAndInstall.mockClear()
})

describe('startAutoUpdates', () => {
  it('downloads in the background, installs on quit, and keeps electron-updater’s own log off', async () => {
    startAutoUpdates({ ...windows, dataDir: await tempFolder(), log: silentLog }).controller.stop()
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true, allowPrerelease: false })
    expect(updater.logger).toBeNull()
  })

  it('passes the updater’s events to the controller, and installs only when asked', async () => {
    const { controller, started } = startAutoUpdates({
      ...windows,
      dataDir: await tempFolder(),
      log: silentLog
    })
    await started
    expect(controller.status().phase).toBe('idle')
    updater.emit('checking-for-update')
    expect(controller.status().phase).toBe('checking')
    updater.emit('update-available', { version: '2.0.0' })
    updater.emit('download-progress', { percent: 12.4 })
    expect(controller.status()).toEqual({ phase: 'downloading', version: '2.0.0', percent: 12 })
    updater.emit('update-downloaded', { version: '2.0.0' })
    expect(updater.quitAndInstall).not.toHaveBeenCalled()
    expect(await controller.restartToUpdate()).toBe(true)
    expect(updater.quitAndInstall).toHaveBeenCalledWith(false, true)
    controller.stop()
  })

  it('an updater error becomes a logged problem, not a crash', async () => {
    const warnings: string[] = []
    const { controller, started } = startAutoUpdates({
      ...windows,
      dataDir: await tempFolder(),
      log: { ...silentLog, warn: (event, fields) => void warnings.push(`${event} ${fields?.['problem']}`) }
    })
    await started
    updater.emit('checking-for-update')
    updater.emit('error', new Error('net::ERR_NAME_NOT_RESOLVED'))
    expect(warnings).toEqual(['update.failed offline'])
    expect(controller.status()).toMatchObject({ phase: 'idle', problem: { kind: 'offline' } })
    controller.stop()
  })

  it('a .deb copy never wires or asks the updater', async () => {
    const { controller, started } = startAutoUpdates({
      packaged: true,
      platform: 'linux',
      env: {},
      dataDir: await tempFolder(),
      log: silentLog
    })
    await started
    expect(updater.eventNames()).toEqual([])
    expect(controller.status()).toMatchObject({ phase: 'unavailable' })
    controller.stop()
  })
})

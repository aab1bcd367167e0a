/**
 * The update controller over a scripted updater and a hand-driven clock: the checks it schedules,
 * the status it reports, the setting it saves in a real data folder, and when it installs.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolder } from '../../../test/support/temp-folder'
import { CHECK_INTERVAL_MS, FIRST_CHECK_DELAY_MS, OFFLINE_RETRY_MS } from '../../shared/updates/update-policy'
import { UpdateController, type Timers } from './update-controller'

function manualClock(start = Date.parse('2026-03-02T09:00:00Z')) {
  let time = start
  const pending: { run: () => void; at: number }[] = []
  const timers: Timers = {
    set: (run, ms) => {
      const timer = { run, at: time + ms }
      pending.push(timer)
      return timer
    },
    clear: (handle) => {
      const index = pending.indexOf(handle as (typeof pending)[number])
      if (index >= 0) pending.splice(index, 1)
    }
  }
  return {
    now: () => new Date(time),
    timers,
    /** The delay of the one timer waiting, or null. */
    waiting: () => (pending.length === 1 ? pending[0]!.at - time : pending.length === 0 ? null : NaN),
    /** Moves time to the next timer and runs it. */
    fire: () => {
      const timer = pending.shift()
      if (!timer) throw new Error('No check is scheduled')
      time = timer.at
      timer.run()
    }
  }
}

async function setUp(host = { packaged: true, platform: 'win32', env: {} }, check?: () => Promise<unknown>) {
  const dataDir = await tempFolder()
  const clock = manualClock()
  const checks: number[] = []
  let installs = 0
  const order: string[] = []
  const lines: string[] = []
  const controller = new UpdateController({
    dataDir,
    host,
    updater: {
      check: async () => {
        checks.push(clock.now().getTime())
        return check?.()
      },
      quitAndInstall: () => {
        installs++
        order.push('install')
      }
    },
    log: {
      info: (event, fields) => void lines.push(`${event} ${JSON.stringify(fields ?? {})}`),
      warn: (event, fields) => void lines.push(`${event} ${JSON.stringify(fields ?? {})}`)
    },
    now: clock.now,
    timers: clock.timers,
    beforeInstall: async () => void order.push('saved')
  })
  await controller.start()
  return { dataDir, clock, checks, controller, lines, order, installs: () => installs }
}

describe('UpdateController', () => {
  it('checks shortly after start and then once a day', async () => {
    const { clock, checks, controller } = await setUp()
    expect(clock.waiting()).toBe(FIRST_CHECK_DELAY_MS)
    clock.fire()
    expect(checks).toHaveLength(1)
    expect(controller.status().phase).toBe('checking')
    controller.handle({ kind: 'up-to-date' })
    expect(clock.waiting()).toBe(CHECK_INTERVAL_MS)
    clock.fire()
    expect(checks).toHaveLength(2)
    expect(checks[1]! - checks[0]!).toBe(CHECK_INTERVAL_MS)
  })

  it('offline, it tries again within the hour and logs no more than the kind of problem', async () => {
    const { clock, controller, lines } = await setUp()
    clock.fire()
    controller.handle({ kind: 'failed', message: 'net::ERR_INTERNET_DISCONNECTED at https://github.com/o/r' })
    expect(clock.waiting()).toBe(OFFLINE_RETRY_MS)
    expect(lines.at(-1)).toBe(
      'update.failed {"problem":"offline","summary":"No connection to the update server."}'
    )
  })

  it('a check that rejects without an error event still ends as a failure', async () => {
    const { clock, controller } = await setUp(undefined, () =>
      Promise.reject(new Error('getaddrinfo ENOTFOUND'))
    )
    clock.fire()
    await expect
      .poll(() => controller.status())
      .toMatchObject({ phase: 'idle', problem: { kind: 'offline' } })
    expect(clock.waiting()).toBe(OFFLINE_RETRY_MS)
  })

  it('downloads in the background, then waits for the user: no more checks, no install on its own', async () => {
    const { clock, controller, installs } = await setUp()
    clock.fire()
    controller.handle({ kind: 'found', version: '1.2.0' })
    controller.handle({ kind: 'progress', percent: 50 })
    controller.handle({ kind: 'downloaded', version: '1.2.0' })
    expect(controller.status()).toEqual({ phase: 'ready', version: '1.2.0' })
    expect(clock.waiting()).toBeNull()
    expect(installs()).toBe(0)
  })

  it('"Restart to update" saves first, then installs; with nothing ready it does nothing', async () => {
    const { clock, controller, installs, order } = await setUp()
    expect(await controller.restartToUpdate()).toBe(false)
    clock.fire()
    controller.handle({ kind: 'downloaded', version: '1.2.0' })
    expect(await controller.restartToUpdate()).toBe(true)
    expect(installs()).toBe(1)
    expect(order).toEqual(['saved', 'install'])
  })

  it('switched off, it stops checking and remembers it in updates.json; on again, it checks', async () => {
    const { dataDir, clock, controller } = await setUp()
    await controller.setAutomatic(false)
    expect(controller.status()).toEqual({ phase: 'off' })
    expect(clock.waiting()).toBeNull()
    expect(JSON.parse(readFileSync(join(dataDir, 'updates.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      automatic: false
    })

    const restarted = new UpdateController({
      dataDir,
      host: { packaged: true, platform: 'win32', env: {} },
      updater: { check: async () => {}, quitAndInstall: () => {} },
      log: { info: () => {}, warn: () => {} },
      timers: clock.timers
    })
    await restarted.start()
    expect(restarted.status()).toEqual({ phase: 'off' })
    expect(clock.waiting()).toBeNull()

    await controller.setAutomatic(true)
    expect(clock.waiting()).toBe(FIRST_CHECK_DELAY_MS)
  })

  it('a .deb or a copy run from source never checks', async () => {
    const { clock, controller } = await setUp({ packaged: true, platform: 'linux', env: {} })
    expect(controller.status()).toMatchObject({ phase: 'unavailable' })
    expect(clock.waiting()).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import {
  CHECK_INTERVAL_MS,
  FIRST_CHECK_DELAY_MS,
  OFFLINE_RETRY_MS,
  describeUpdateError,
  describeUpdateStatus,
  initialUpdateStatus,
  nextCheckDelay,
  nextUpdateStatus,
  updateOffer,
  updateSupport,
  withAutomaticUpdates,
  type UpdateEvent,
  type UpdateStatus
} from './update-policy'

const now = new Date('2026-03-02T09:00:00.000Z')
const installed = { packaged: true, platform: 'win32', env: {} }
const run = (events: UpdateEvent[], from: UpdateStatus = initialUpdateStatus(installed, true)) =>
  events.reduce((status, event) => nextUpdateStatus(status, event, now), from)

describe('which builds update themselves', () => {
  it('the NSIS, dmg/zip and AppImage builds do', () => {
    expect(updateSupport(installed)).toEqual({ supported: true })
    expect(updateSupport({ ...installed, platform: 'darwin' })).toEqual({ supported: true })
    expect(
      updateSupport({ packaged: true, platform: 'linux', env: { APPIMAGE: '/home/a/Claimcheck.AppImage' } })
    ).toEqual({ supported: true })
  })

  it('a copy run from source, the .deb and an installation with CLAIMCHECK_UPDATES=off do not, and say why', () => {
    expect(updateSupport({ ...installed, packaged: false })).toMatchObject({ reason: /runs from source/ })
    expect(updateSupport({ packaged: true, platform: 'linux', env: {} })).toMatchObject({ reason: /\.deb/ })
    expect(updateSupport({ ...installed, env: { CLAIMCHECK_UPDATES: 'OFF' } })).toMatchObject({
      reason: /CLAIMCHECK_UPDATES=off/
    })
    expect(initialUpdateStatus({ ...installed, packaged: false }, true).phase).toBe('unavailable')
  })

  it('switched off in the settings, nothing is checked', () => {
    const off = initialUpdateStatus(installed, false)
    expect(off).toEqual({ phase: 'off' })
    expect(nextCheckDelay(off, now)).toBeNull()
    expect(run([{ kind: 'check-started' }, { kind: 'up-to-date' }], off)).toEqual({ phase: 'off' })
  })
})

describe('when to check', () => {
  it('shortly after start, then a day after the last check', () => {
    expect(nextCheckDelay(initialUpdateStatus(installed, true), now)).toBe(FIRST_CHECK_DELAY_MS)
    const checked = run([{ kind: 'check-started' }, { kind: 'up-to-date' }])
    expect(checked).toEqual({ phase: 'idle', lastCheckedAt: now.toISOString(), problem: null })
    expect(nextCheckDelay(checked, now)).toBe(CHECK_INTERVAL_MS)
    const later = new Date(now.getTime() + CHECK_INTERVAL_MS - 60_000)
    expect(nextCheckDelay(checked, later)).toBe(60_000)
    const overdue = new Date(now.getTime() + 2 * CHECK_INTERVAL_MS)
    expect(nextCheckDelay(checked, overdue)).toBe(FIRST_CHECK_DELAY_MS)
  })

  it('offline, again within the hour; after another failure, the next day', () => {
    const offline = run([
      { kind: 'check-started' },
      { kind: 'failed', message: 'net::ERR_INTERNET_DISCONNECTED' }
    ])
    expect(offline).toMatchObject({ phase: 'idle', problem: { kind: 'offline' } })
    expect(nextCheckDelay(offline, now)).toBe(OFFLINE_RETRY_MS)
    const refused = run([{ kind: 'check-started' }, { kind: 'failed', message: 'HttpError: 404 Not Found' }])
    expect(refused).toMatchObject({ problem: { kind: 'failed', summary: 'The update server answered 404.' } })
    expect(nextCheckDelay(refused, now)).toBe(CHECK_INTERVAL_MS)
  })

  it('no check is scheduled while one runs, while downloading, or once an update is ready', () => {
    expect(nextCheckDelay(run([{ kind: 'check-started' }]), now)).toBeNull()
    expect(nextCheckDelay(run([{ kind: 'found', version: '1.2.0' }]), now)).toBeNull()
    expect(nextCheckDelay(run([{ kind: 'downloaded', version: '1.2.0' }]), now)).toBeNull()
  })
})

describe('what the user sees', () => {
  it('"Restart to update" once the download is done, not before', () => {
    const downloading = run([
      { kind: 'check-started' },
      { kind: 'found', version: '1.2.0' },
      { kind: 'progress', percent: 41.6 }
    ])
    expect(downloading).toEqual({ phase: 'downloading', version: '1.2.0', percent: 42 })
    expect(updateOffer(downloading, { typing: false })).toBeNull()
    const ready = nextUpdateStatus(downloading, { kind: 'downloaded', version: '1.2.0' }, now)
    expect(updateOffer(ready, { typing: false })).toEqual({ version: '1.2.0', label: 'Restart to update' })
  })

  it('never while the user is typing in a field', () => {
    const ready = run([{ kind: 'downloaded', version: '1.2.0' }])
    expect(updateOffer(ready, { typing: true })).toBeNull()
  })

  it('a ready update stays ready: later events and switching updates off do not take it away', () => {
    const ready = run([{ kind: 'downloaded', version: '1.2.0' }])
    expect(run([{ kind: 'failed', message: 'ENOTFOUND' }, { kind: 'check-started' }], ready)).toEqual(ready)
    expect(withAutomaticUpdates(ready, false)).toEqual(ready)
  })

  it('a failed download goes back to waiting for the next check, with the reason kept', () => {
    const failed = run([
      { kind: 'found', version: '1.2.0' },
      { kind: 'failed', message: 'sha512 checksum mismatch, expected abc, got def' }
    ])
    expect(failed).toMatchObject({ phase: 'idle', problem: { summary: /could not be verified/ } })
    expect(describeUpdateStatus(failed)).toMatch(/try again later/)
  })

  it('switching updates on again starts from a first check', () => {
    const on = withAutomaticUpdates({ phase: 'off' }, true)
    expect(on).toEqual({ phase: 'idle', lastCheckedAt: null, problem: null })
    expect(nextCheckDelay(on, now)).toBe(FIRST_CHECK_DELAY_MS)
  })
})

describe('describeUpdateError', () => {
  it('keeps no URL, token or header from the message', () => {
    const message =
      'HttpError: 401 Unauthorized\nHeaders: { "authorization": "token ghp_secret123" }\nhttps://api.github.com/repos/a/b/releases?access_token=ghp_secret123'
    const problem = describeUpdateError(message, now)
    expect(problem.summary).toBe('The update server answered 401.')
    expect(JSON.stringify(problem)).not.toMatch(/ghp_|https?:|authorization/i)
  })

  it('tells offline from other failures', () => {
    expect(describeUpdateError('getaddrinfo ENOTFOUND github.com', now).kind).toBe('offline')
    expect(describeUpdateError('net::ERR_CONNECTION_TIMED_OUT', now).kind).toBe('offline')
    expect(
      describeUpdateError('Cannot find latest-linux.yml in the latest release artifacts', now)
    ).toMatchObject({
      kind: 'failed',
      summary: 'The update check failed.'
    })
  })
})

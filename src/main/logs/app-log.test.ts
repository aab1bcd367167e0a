/**
 * The log file on a real temp folder: realistic events (the failures the app's own code raises,
 * with a private document's address, a note's text and credentials in them) are written, and the
 * file is read back to check none of it is there, while what a helper needs still is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolder } from '../../../test/support/temp-folder'
import { networkFailure, statusFailure } from '../fetch/fetch-errors'
import { openAppLog } from './app-log'
import { scrubText } from './log-scrub'

const PRIVATE_URL = 'https://intranet.newsroom.example/drafts/2026/budget-leak?doc=8842&sig=ab12cd34ef'
const NOTE = 'Spoke to the minister’s aide off the record; she denies the 12% figure'
const COUCH = 'https://checker:hunter2-secret@couch.newsroom.example:6984/desk'
const GH_TOKEN = 'ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'

describe('the log file', () => {
  it('keeps the events a helper needs and none of the user’s notes, private addresses or credentials', async () => {
    const dataDir = await tempFolder()
    const log = openAppLog(dataDir)
    log.info('app.started', {
      version: '1.4.0',
      electron: '45.5.0',
      chromium: '140.0.7339.41',
      platform: 'linux'
    })
    log.error('api.failed', networkFailure(PRIVATE_URL, new TypeError('fetch failed')), {
      method: 'importFromWeb'
    })
    log.error('api.failed', statusFailure(PRIVATE_URL, 404, 'Not Found'), { method: 'importFromWeb' })
    log.error('api.failed', new Error(`Could not save the note “${NOTE}”: ENOSPC`), { method: 'applyChange' })
    log.warn('desk.sync-failed', { message: `Request to ${COUCH}/_bulk_docs failed: ECONNREFUSED` })
    log.error(
      'update.failed',
      new Error(
        `HttpError: 401 Unauthorized\n"method: GET url: https://api.github.com/repos/o/r/releases.atom"\nHeaders: {"authorization": "token ${GH_TOKEN}"}`
      )
    )
    log.warn('update.failed', { message: `Bearer ${GH_TOKEN.slice(4)} rejected; password=hunter2` })

    const text = readFileSync(join(dataDir, 'logs', 'claimcheck.log'), 'utf8')
    const lines = text.trim().split('\n')
    expect(lines).toHaveLength(7)
    for (const secret of [
      'intranet.newsroom.example',
      'budget-leak',
      'minister',
      'hunter2',
      GH_TOKEN.slice(4, 20),
      'api.github.com',
      'checker:'
    ])
      expect(text).not.toContain(secret)
    expect(lines[0]).toMatch(
      /^\S+Z INFO app\.started version="1\.4\.0" electron="45\.5\.0" chromium="140\.0\.7339\.41"/
    )
    expect(lines[1]).toMatch(/ERROR api\.failed method="importFromWeb" error="ApiFailure"/)
    expect(lines[3]).toContain('ENOSPC')
    expect(lines[5]).toContain('HttpError: 401 Unauthorized')
  })

  it('rotates: the current file stays under its limit and only the newest logs are kept', async () => {
    const dataDir = await tempFolder()
    const log = openAppLog(dataDir, { maxBytes: 2_000, kept: 2 })
    for (let n = 0; n < 100; n++) log.info('import.done', { blocks: n, claims: n * 7, kind: 'markdown' })
    const folder = join(dataDir, 'logs')
    expect(readdirSync(folder).sort()).toEqual(['claimcheck.1.log', 'claimcheck.2.log', 'claimcheck.log'])
    for (const name of readdirSync(folder))
      expect(statSync(join(folder, name)).size).toBeLessThanOrEqual(2_000)
    const newest = readFileSync(join(folder, 'claimcheck.log'), 'utf8')
    expect(newest.trim().split('\n').at(-1)).toContain('blocks=99')
    // The oldest lines were dropped with the third log, not kept anywhere.
    expect(readFileSync(join(folder, 'claimcheck.2.log'), 'utf8')).not.toContain('blocks=0 ')
  })
})

describe('scrubText', () => {
  it('drops quoted titles and notes, addresses, e-mails and tokens but keeps the words around them', () => {
    expect(
      scrubText('Claimcheck could not fetch “https://a.example/x” (socket closed). Check the address.')
    ).toBe('Claimcheck could not fetch “…” (socket closed). Check the address.')
    expect(scrubText('mail editor@newsroom.example about www.private.example/draft')).toBe(
      'mail <email> about <url>'
    )
    expect(scrubText('api_key=sk-live-123456 and Authorization: Basic dXNlcjpwYXNz')).toBe(
      'api_key=<redacted> and Authorization: <redacted>'
    )
  })
})

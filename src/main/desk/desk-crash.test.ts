/**
 * Killed (kill -9) with a change queued for the desk: after a restart the outbox is still there
 * and drains. The host is a real child process (test/support/crash-host.ts: the browser host's
 * boot, desk engine included) driven over its HTTP API.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDesk, type TestDesk } from '../../../test/support/couch-server'
import { callOk, startHost, type RunningHost } from '../../../test/support/crash-rounds'
import { tempFolder } from '../../../test/support/temp-folder'
import type { DeskStatus } from '../../shared/desk/desk-types'
import type { ImportOutcome } from '../../shared/contract'

let desk: TestDesk
beforeAll(async () => {
  desk = await startDesk([{ name: 'ana', role: 'checker' }])
})
afterAll(() => desk.server.close())

const status = (host: RunningHost) => callOk<DeskStatus>(host, 'deskStatus', {})
const waitingAndState = async (host: RunningHost) => {
  const now = await status(host)
  return now.connected ? { state: now.state, waiting: now.waiting } : null
}

async function outboxHolds(dataDir: string, recordId: string): Promise<unknown> {
  const outbox = JSON.parse(await readFile(join(dataDir, 'desk', 'outbox.json'), 'utf8')) as {
    entries: { recordId: string; record: { claims?: Record<string, { status: string }> } }[]
  }
  return outbox.entries.find((entry) => entry.recordId === recordId)?.record.claims?.['c1']?.status ?? null
}

describe('the desk outbox under kill -9', () => {
  it('keeps a queued change through a kill and sends it after the restart', async () => {
    const dataDir = await tempFolder()
    const login = { url: desk.deskUrl, name: 'ana', password: 'ana-password' }
    const first = await startHost(dataDir)
    await callOk(first, 'connectDesk', login)
    const imported = await callOk<ImportOutcome>(first, 'importFile', {
      fileName: 'harbour.txt',
      text: 'Harbour figures\n\nThe harbour handled 3 million tonnes last year. Its director said so on Friday.\n'
    })
    if (imported.status !== 'imported') throw new Error('The article was not imported.')
    const documentId = imported.entry.id
    await callOk(first, 'shareWithDesk', { documentId })
    await expect
      .poll(() => waitingAndState(first), { timeout: 15_000 })
      .toEqual({ state: 'synced', waiting: 0 })

    await desk.server.stop()
    await callOk(first, 'applyChange', {
      documentId,
      change: { kind: 'set-status', claimId: 'c1', status: 'disputed' }
    })
    const reviewId = `review:${documentId}:ana`
    await expect.poll(() => outboxHolds(dataDir, reviewId), { timeout: 15_000 }).toBe('disputed')
    first.child.kill('SIGKILL')
    await first.exited

    await desk.server.start()
    const second = await startHost(dataDir)
    try {
      // The browser host keeps the password in memory only: the member logs in again.
      expect(await status(second)).toEqual({ connected: false })
      await callOk(second, 'connectDesk', login)
      await expect
        .poll(() => waitingAndState(second), { timeout: 15_000 })
        .toEqual({ state: 'synced', waiting: 0 })
      const auth = `Basic ${Buffer.from('admin:admin-secret').toString('base64')}`
      const onServer = (await (
        await fetch(`${desk.deskUrl}/${encodeURIComponent(reviewId)}`, { headers: { authorization: auth } })
      ).json()) as {
        claims: Record<string, { status: string }>
      }
      expect(onServer.claims['c1']?.status).toBe('disputed')
    } finally {
      second.child.kill('SIGTERM')
      await second.exited
    }
  }, 60_000)
})

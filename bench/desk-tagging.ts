/**
 * Tagging with a desk connected vs without (goal ≤ 1.1×): the same article, the same run of status
 * and note changes, acknowledged once on disk, in a library with no desk (the baseline) and in a
 * member's library connected to a desk on loopback (the review is recomputed and queued after each
 * change, and sent in the background). Blocks alternate to share the machine's noise. Prints JSON.
 * Run: npx tsx bench/desk-tagging.ts
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createServices, LibraryStore } from '../src/main/core'
import { inProcessArticleBuilder } from '../test/support/in-process-article-builder'
import type { Services } from '../src/shared/contract'
import { startDesk } from '../test/support/couch-server'
import { joinDesk, leave } from '../test/support/desk-members'
import { importNew } from '../test/support/services'

const BLOCKS = 6
const CHANGES_PER_BLOCK = 40

const article = [
  'Budget report',
  '',
  ...Array.from(
    { length: 40 },
    (_, p) => `Spending on item ${p} rose ${p + 2}% in ${2000 + p}. The council said it was planned.`
  )
].join('\n\n')

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

async function block(services: Services, documentId: string, offset: number, times: number[]): Promise<void> {
  for (let n = 0; n < CHANGES_PER_BLOCK; n++) {
    const claimId = `c${((offset + n) % 60) + 1}`
    const started = performance.now()
    if (n % 2 === 0) {
      await services.applyChange({
        documentId,
        change: { kind: 'set-status', claimId, status: n % 4 === 0 ? 'verified' : 'disputed' }
      })
    } else {
      await services.applyChange({
        documentId,
        change: { kind: 'set-note', claimId, note: `checked ${offset + n}` }
      })
    }
    times.push(performance.now() - started)
  }
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'claimcheck-bench-desk-tagging-'))
  const desk = await startDesk([{ name: 'ana', role: 'checker' }])
  try {
    const plainDir = join(root, 'plain')
    const store = await LibraryStore.open(plainDir)
    const plain = createServices({
      store,
      platform: { kind: 'browser' },
      version: 'bench',
      articleBuilder: inProcessArticleBuilder
    })
    const plainId = (await importNew(plain, 'budget.txt', article)).id

    const member = await joinDesk(desk, join(root, 'member'), 'ana', { pollWaitMs: 25_000 })
    const deskId = (await importNew(member.services, 'budget.txt', article)).id
    await member.services.shareWithDesk({ documentId: deskId })
    await member.engine.whenSynced()

    const without: number[] = []
    const withDesk: number[] = []
    for (let round = 0; round < BLOCKS; round++) {
      await block(plain, plainId, round * CHANGES_PER_BLOCK, without)
      await block(member.services, deskId, round * CHANGES_PER_BLOCK, withDesk)
    }
    await member.engine.whenSynced()
    const status = await member.services.deskStatus({})
    const median = { without: percentile(without, 50), withDesk: percentile(withDesk, 50) }
    console.log(
      JSON.stringify({
        bench: 'desk-tagging',
        changes: without.length,
        baselineNoDesk: { medianMs: +median.without.toFixed(2), p95Ms: +percentile(without, 95).toFixed(2) },
        deskConnected: { medianMs: +median.withDesk.toFixed(2), p95Ms: +percentile(withDesk, 95).toFixed(2) },
        ratioMedian: +(median.withDesk / median.without).toFixed(3),
        goal: '≤ 1.1×',
        allSentToDesk: status.connected && status.waiting === 0 && status.state === 'synced'
      })
    )
    await leave(member)
    await store.flush()
  } finally {
    await desk.server.close()
    await rm(root, { recursive: true, force: true })
  }
}

await main()

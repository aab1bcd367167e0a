import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { inThreadClaimIndex, workerClaimIndex, type ReviewedClaimIndex } from './reviewed-claim-index'

const workerSource = new URL('./claim-index-worker.ts', import.meta.url).href
const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerSource)}) })`
/**
 * The same worker, except that it never answers a lookup: the lookup is surely still waiting when
 * the test stops the worker (the real one may answer first).
 */
const holdingLookups = [
  "const { parentPort } = require('node:worker_threads')",
  'const on = parentPort.on.bind(parentPort)',
  "parentPort.on = (event, listener) => on(event, (message) => { if (message.kind !== 'find') listener(message) })",
  bootstrap
].join('\n')

/** Three reviewed claims, one taken back, and one changed: what the matcher sends after a few saves. */
function fill(index: ReviewedClaimIndex): void {
  index.add({ documentId: 'a', claimId: 'c1' }, 'The council spent 3.2 million pounds on the pier in 2023.')
  index.add({ documentId: 'b', claimId: 'c4' }, 'In 2023 the council spent 3.2 million pounds on the pier.')
  index.add(
    { documentId: 'c', claimId: 'c2' },
    'The pier was spent 3.2 million pounds on by the council in 2023.'
  )
  index.remove({ documentId: 'c', claimId: 'c2' })
  index.add({ documentId: 'b', claimId: 'c9' }, 'Bus fares rose by 12% in 2024.')
  index.add({ documentId: 'b', claimId: 'c9' }, 'Bus fares rose by 15% in 2024.')
}

const query = [
  'Council spending on the pier reached 3.2 million pounds in 2023.',
  'Bus fares rose by 15% in 2024.'
]

describe('the reviewed claim index on a worker thread', () => {
  it('answers each lookup after every change sent before it, as the index in the same thread does', async () => {
    const local = inThreadClaimIndex()
    const remote = workerClaimIndex(() => new Worker(bootstrap, { eval: true }))
    fill(local)
    fill(remote)
    const expected = await local.findAll(query, { excludeDocument: 'a', limit: 3 })
    expect(expected[0]?.map((match) => match.documentId)).toEqual(['b'])
    expect(expected[1]?.map((match) => match.claimId)).toEqual(['c9'])
    expect(await remote.findAll(query, { excludeDocument: 'a', limit: 3 })).toEqual(expected)
    expect(await remote.size()).toBe(3)
  })

  it('when its worker stops, fails the lookup waiting on it, says the index was lost, and starts afresh', async () => {
    const started: Worker[] = []
    const remote = workerClaimIndex(() => {
      const worker = new Worker(started.length === 0 ? holdingLookups : bootstrap, { eval: true })
      started.push(worker)
      return worker
    })
    let lost = 0
    remote.onLost(() => lost++)
    fill(remote)
    expect(await remote.size()).toBe(3)
    const waiting = remote.findAll(query, {})
    await started[0]?.terminate()
    await expect(waiting).rejects.toThrow(/claim index worker stopped/)
    expect(lost).toBe(1)
    expect(await remote.size()).toBe(0)
    expect(started).toHaveLength(2)
  })
})

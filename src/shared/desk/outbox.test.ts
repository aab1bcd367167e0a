import { describe, expect, it } from 'vitest'
import { backoffDelay, enqueue, markRefused, pending, settle, type Outbox } from './outbox'

const entry = (recordId: string, queuedAt: string, note = '') => ({
  recordId,
  queuedAt,
  record: { note }
})

describe('the desk outbox', () => {
  it('keeps only the latest version of a record', () => {
    let outbox: Outbox = { entries: [] }
    outbox = enqueue(outbox, entry('review:d:ana', '1', 'first'))
    outbox = enqueue(outbox, entry('event:d:1:ana:x', '2'))
    outbox = enqueue(outbox, entry('review:d:ana', '3', 'second'))
    expect(outbox.entries.map((e) => [e.recordId, e.record['note']])).toEqual([
      ['event:d:1:ana:x', ''],
      ['review:d:ana', 'second']
    ])
  })

  it('keeps a version queued while the previous one was being sent', () => {
    let outbox: Outbox = { entries: [entry('review:d:ana', '1', 'old')] }
    const sent = pending(outbox)[0]!
    outbox = enqueue(outbox, entry('review:d:ana', '2', 'new'))
    outbox = settle(outbox, sent)
    expect(outbox.entries.map((e) => e.record['note'])).toEqual(['new'])
  })

  it('keeps a refused record, with the reason, out of the next attempt', () => {
    let outbox: Outbox = { entries: [entry('signoff:d:c1', '1')] }
    outbox = markRefused(outbox, outbox.entries[0]!, 'Only editors can do that.', 'now')
    expect(outbox.entries[0]?.refused?.reason).toBe('Only editors can do that.')
    expect(pending(outbox)).toEqual([])
  })

  it('backs off by doubling up to thirty seconds, spread by at most a quarter', () => {
    expect([1, 2, 3, 4].map((failures) => backoffDelay(failures, 0))).toEqual([500, 1000, 2000, 4000])
    expect(backoffDelay(20, 0)).toBe(30_000)
    expect(backoffDelay(1, 0.999)).toBeLessThanOrEqual(625)
  })
})

import { describe, expect, it } from 'vitest'
import { ChangeBatcher } from './change-batcher'

/** Lets `ticks` rounds of already-queued microtasks run. */
async function ticks(count: number): Promise<void> {
  for (let tick = 0; tick < count; tick++) await Promise.resolve()
}

function batcher() {
  const flushed: string[][] = []
  let settles = 0
  const errors: unknown[] = []
  let settledNow: () => void = () => undefined
  const instance = new ChangeBatcher(
    () => ticks(2),
    async (ids) => {
      await ticks(3)
      flushed.push(ids)
    },
    () => {
      settles++
      settledNow()
    },
    (error) => errors.push(error)
  )
  const settled = () =>
    instance.busy ? new Promise<void>((resolve) => (settledNow = resolve)) : Promise.resolve()
  return { instance, flushed, errors, settles: () => settles, settled }
}

describe('ChangeBatcher', () => {
  it('flushes a burst of marks together, once', async () => {
    const { instance, flushed, settled } = batcher()
    instance.mark('a')
    instance.mark('b')
    instance.mark('a')
    await settled()
    expect(flushed).toEqual([['a', 'b']])
  })

  // Every moment a mark can arrive, from the flush's start to well after it settles: the mark is
  // always flushed and `settled` always follows it.
  it.each(Array.from({ length: 16 }, (_, at) => at))(
    'flushes a mark that arrives %i microtasks into a flush, then settles',
    async (at) => {
      const { instance, flushed, settled, settles } = batcher()
      instance.mark('a')
      await ticks(at)
      instance.mark('b')
      await settled()
      expect(flushed.flat()).toContain('b')
      expect(instance.busy).toBe(false)
      expect(settles()).toBeGreaterThanOrEqual(1)
    }
  )

  it('reports a failed flush and goes on with marks made since', async () => {
    const errors: unknown[] = []
    const flushed: string[][] = []
    let calls = 0
    let done: () => void = () => undefined
    const instance = new ChangeBatcher(
      () => Promise.resolve(),
      async (ids) => {
        calls++
        if (calls === 1) {
          instance.mark('later')
          throw new Error('disk full')
        }
        flushed.push(ids)
      },
      () => done(),
      (error) => errors.push(error)
    )
    const settledOnce = new Promise<void>((resolve) => (done = resolve))
    instance.mark('first')
    await settledOnce
    expect((errors[0] as Error).message).toBe('disk full')
    expect(flushed).toEqual([['later']])
  })
})

import { getEventListeners } from 'node:events'
import { describe, expect, it } from 'vitest'
import { abortable, linkedController } from './abortable'

/** Work that never settles and never looks at its signal: what a request does once its abort is lost. */
const deaf = () => new Promise<never>(() => undefined)

describe('abortable', () => {
  it('rejects at once when its signal aborts, even if the work ignores the abort', async () => {
    const stop = new AbortController()
    let inner: AbortSignal | null = null
    const running = abortable(stop.signal, 60_000, (signal) => {
      inner = signal
      return deaf()
    })
    stop.abort(new Error('disconnected'))
    await expect(running).rejects.toThrow('disconnected')
    expect(inner!.aborted).toBe(true)
  })

  it('rejects with a TimeoutError after its time limit', async () => {
    const running = abortable(new AbortController().signal, 20, deaf)
    await expect(running).rejects.toMatchObject({ name: 'TimeoutError' })
  })

  it('gives the work’s answer and leaves no listener behind on the caller’s signal', async () => {
    const stop = new AbortController()
    await expect(abortable(stop.signal, 60_000, async () => 'answer')).resolves.toBe('answer')
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0)
  })

  it('rejects without starting to wait when the signal is already aborted', async () => {
    const stop = new AbortController()
    stop.abort(new Error('already gone'))
    await expect(abortable(stop.signal, 60_000, deaf)).rejects.toThrow('already gone')
  })
})

describe('linkedController', () => {
  it('aborts when any of its signals does, and unlinks on dispose', () => {
    const stop = new AbortController()
    const poll = new AbortController()
    const linked = linkedController(stop.signal, poll.signal)
    poll.abort()
    expect(linked.controller.signal.aborted).toBe(true)
    linked.dispose()
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0)
  })
})

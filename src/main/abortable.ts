/**
 * A request that stops when it is told to, every time. Node's fetch follows the signal it is given
 * through a signal of its own that a garbage collection can drop (nodejs/node#55428), after which
 * an abort never reaches the request or the reading of its body: a desk long-poll the engine
 * aborted kept waiting (and so did whoever waited for the desk), as would a stalled web page. Here the abort also settles the returned promise at once, whatever
 * the work does, and the links between signals are ordinary listeners (strong references), not
 * `AbortSignal.any`/`AbortSignal.timeout`, which hold theirs weakly.
 */

/** A controller that aborts when any of `signals` does; `dispose()` unlinks it. */
export function linkedController(...signals: AbortSignal[]): {
  controller: AbortController
  dispose(): void
} {
  const controller = new AbortController()
  const links = signals.map((signal) => {
    const abort = () => controller.abort(signal.reason)
    if (signal.aborted) abort()
    else signal.addEventListener('abort', abort, { once: true })
    return () => signal.removeEventListener('abort', abort)
  })
  return { controller, dispose: () => links.forEach((unlink) => unlink()) }
}

/** Rejects with the signal's reason once it aborts; `cancel()` lets go of the signal. */
export function untilAborted(signal: AbortSignal): { promise: Promise<never>; cancel(): void } {
  let onAbort: () => void = () => undefined
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason)
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  // Nobody may be listening when it rejects (the work finished first).
  promise.catch(() => undefined)
  return { promise, cancel: () => signal.removeEventListener('abort', onAbort) }
}

/**
 * Runs `work` with a signal that aborts when `signal` does or after `ms`. Rejects with the abort's
 * reason as soon as either happens (a `TimeoutError` DOMException for the time limit).
 */
export async function abortable<T>(
  signal: AbortSignal,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>
): Promise<T> {
  const { controller, dispose } = linkedController(signal)
  const timer = setTimeout(
    () => controller.abort(new DOMException('The desk took too long to answer.', 'TimeoutError')),
    ms
  )
  const aborted = untilAborted(controller.signal)
  try {
    return await Promise.race([work(controller.signal), aborted.promise])
  } finally {
    clearTimeout(timer)
    aborted.cancel()
    dispose()
  }
}

/**
 * One loop's alarm clock: the loop waits on it between rounds, and a ring (new work, someone
 * waiting for a sync) wakes it at once. A ring while nobody waits is kept for the next wait.
 */
export class Waker {
  private waiting: (() => void) | null = null
  private rung = false
  ring(): void {
    this.rung = true
    this.waiting?.()
  }
  /** Resolves at `ring()` (or at once if rung since the last wait), or after `ms`. */
  wait(ms: number, signal: AbortSignal): Promise<void> {
    if (this.rung || signal.aborted) {
      this.rung = false
      return Promise.resolve()
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        signal.removeEventListener('abort', done)
        this.waiting = null
        this.rung = false
        resolve()
      }
      const timer = setTimeout(done, ms)
      signal.addEventListener('abort', done)
      this.waiting = done
    })
  }
}

/**
 * Long work on the main thread cut into slices: between two, the event loop answers what waits
 * (a change being saved), so matching a large library never holds a save up for long.
 */
import { performance } from 'node:perf_hooks'
import { setImmediate as nextTurn } from 'node:timers/promises'

/** How long one slice runs before the event loop gets its turn. */
const SLICE_MS = 4

export class Slices {
  private startedAt = performance.now()

  /** True once the current slice has run its time: `await pause()` then. */
  get due(): boolean {
    return performance.now() - this.startedAt >= SLICE_MS
  }

  /** Lets waiting I/O callbacks and requests run, then starts the next slice. */
  async pause(): Promise<void> {
    await nextTurn()
    this.startedAt = performance.now()
  }
}

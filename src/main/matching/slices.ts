/**
 * Long work on the main thread cut into slices: between two, the event loop answers what waits,
 * and the next slice waits until what the user is waiting for (a document being opened or a
 * change being saved) is done and the store has been quiet a moment. Matching a large library
 * never slows a save.
 */
import { performance } from 'node:perf_hooks'
import { setImmediate as nextTurn } from 'node:timers/promises'

/** How long one slice runs before the event loop gets its turn. */
const SLICE_MS = 4

export class Slices {
  private startedAt = performance.now()

  /** `whenIdle`: resolves once the foreground work under way, if any, is done (LibraryStore.whenIdle). */
  constructor(private readonly whenIdle: () => Promise<void> = () => Promise.resolve()) {}

  /** True once the current slice has run its time: `await pause()` then. */
  get due(): boolean {
    return performance.now() - this.startedAt >= SLICE_MS
  }

  /** Lets waiting I/O callbacks and requests run, and any foreground work finish; then starts the next slice. */
  async pause(): Promise<void> {
    await nextTurn()
    await this.whenIdle()
    this.startedAt = performance.now()
  }
}

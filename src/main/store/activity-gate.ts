/**
 * The store's idle gate: counts the loads and changes under way (what a user is waiting for) and
 * lets background work wait until none has happened for a moment. The library index written after
 * a change and the claim matcher's build both wait on it, so they never compete with the user.
 */
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'

/** How long after the last load or change background work waits before it goes on. */
export const QUIET_MS = 250

export class ActivityGate {
  private underWay = 0
  private lastUnderWayAt = -Infinity
  private idleWaiters: (() => void)[] = []

  /** Runs `work` as foreground work: background work waits until it and a quiet moment have passed. */
  async inForeground<T>(work: () => Promise<T>): Promise<T> {
    this.underWay++
    try {
      return await work()
    } finally {
      this.lastUnderWayAt = performance.now()
      if (--this.underWay === 0) for (const resolve of this.idleWaiters.splice(0)) resolve()
    }
  }

  /** Resolves once no foreground work has run for QUIET_MS. */
  async whenIdle(): Promise<void> {
    for (;;) {
      if (this.underWay > 0) {
        await new Promise<void>((resolve) => this.idleWaiters.push(resolve))
        continue
      }
      const quietFor = performance.now() - this.lastUnderWayAt
      if (quietFor >= QUIET_MS) return
      await sleep(QUIET_MS - quietFor)
    }
  }
}

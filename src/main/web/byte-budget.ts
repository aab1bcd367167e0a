/**
 * A cap on the bytes of request bodies the browser host holds at once. A body reserves its
 * declared size before it is read; one that does not fit waits its turn (first come, first
 * served), so a burst of large imports is read one after another instead of all at once.
 */
export class ByteBudget {
  private used = 0
  private readonly waiting: Array<{ bytes: number; grant: () => void }> = []

  constructor(readonly capacity: number) {}

  /** Resolves once `bytes` fit; call the returned function when they are no longer held. */
  async reserve(bytes: number): Promise<() => void> {
    const size = Math.min(Math.max(0, bytes), this.capacity)
    if (!this.waiting.length && this.fits(size)) this.used += size
    // Counted by `grantWaiting` when its turn comes.
    else await new Promise<void>((grant) => this.waiting.push({ bytes: size, grant }))
    let released = false
    return () => {
      if (released) return
      released = true
      this.used -= size
      this.grantWaiting()
    }
  }

  get inUse(): number {
    return this.used
  }

  /** An empty budget always admits one, so a body as large as the whole budget still gets in. */
  private fits(bytes: number): boolean {
    return this.used === 0 || this.used + bytes <= this.capacity
  }

  private grantWaiting(): void {
    for (let next = this.waiting[0]; next && this.fits(next.bytes); next = this.waiting[0]) {
      this.waiting.shift()
      this.used += next.bytes
      next.grant()
    }
  }
}

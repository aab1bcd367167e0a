/**
 * Coalesces a burst of changed documents into one flush at a time: a flush waits for `ready` (the
 * store quiet) before it takes what is marked, so a burst of tags shares one flush. A document marked while a
 * flush runs is picked up by a further flush, and `settled` is told only once nothing is marked
 * and nothing runs. (The engine once ended its flush in a `.finally` a microtask later; a mark in
 * between was kept but never flushed, and whoever waited for the desk to settle waited forever.)
 */
export class ChangeBatcher {
  private readonly marked = new Set<string>()
  private running = false

  constructor(
    private readonly ready: () => Promise<void>,
    private readonly flush: (ids: string[]) => Promise<void>,
    private readonly settled: () => void,
    private readonly failed: (error: unknown) => void
  ) {}

  /** True while a flush runs or a document waits for one. */
  get busy(): boolean {
    return this.running || this.marked.size > 0
  }

  mark(id: string): void {
    this.marked.add(id)
    if (!this.running) void this.run()
  }

  private async run(): Promise<void> {
    this.running = true
    while (this.marked.size > 0) {
      try {
        await this.ready()
        const ids = [...this.marked]
        this.marked.clear()
        await this.flush(ids)
      } catch (error) {
        this.failed(error)
      }
    }
    // Nothing awaits between the loop's last check and here, so no mark can slip through.
    this.running = false
    this.settled()
  }
}

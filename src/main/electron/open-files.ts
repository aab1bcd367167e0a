/**
 * Files the OS hands Claimcheck: on the command line at launch, from a second launch (Windows,
 * Linux), or through `open-file` (macOS, which may fire before the app is ready). Pure: which
 * arguments are files to open, and a queue that holds them until the window can take them, then
 * hands them over one at a time, in order.
 */
import { isAbsolute, resolve } from 'node:path'

/** What the installers associate with Claimcheck (electron-builder.ts), plus the aliases import takes. */
const OPENABLE = /\.(txt|text|md|markdown|html?|xhtml|pdf|claimcheck\.json)$/i

export function isOpenableFile(path: string): boolean {
  return OPENABLE.test(path)
}

/**
 * The files named in `argv`. Electron's own arguments come first (the binary, and in development
 * the app's entry script), then Chromium switches; only openable paths after them count.
 */
export function filesInArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isOpenableFile(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)))
}

/** Holds opened files until `ready`, then delivers each in turn; a failure never stops the rest. */
export class OpenedFileQueue {
  private readonly waiting: string[] = []
  private deliver: ((path: string) => Promise<void>) | null = null
  private running = false

  constructor(private readonly onError: (path: string, error: unknown) => void) {}

  add(paths: readonly string[]): void {
    this.waiting.push(...paths)
    void this.drain()
  }

  /** The window can take files now. */
  ready(deliver: (path: string) => Promise<void>): void {
    this.deliver = deliver
    void this.drain()
  }

  /** The window went away (macOS keeps running): hold files again until a new one is ready. */
  pause(): void {
    this.deliver = null
  }

  /** Resolves when every file added so far has been delivered (for tests and orderly shutdown). */
  async idle(): Promise<void> {
    while (this.running) await new Promise((resolve) => setImmediate(resolve))
  }

  private currentDeliver(): ((path: string) => Promise<void>) | null {
    return this.deliver
  }

  private async drain(): Promise<void> {
    if (this.running || !this.deliver) return
    this.running = true
    try {
      for (;;) {
        // Read afresh each time: the window may have gone (pause) while a file was delivered.
        const deliver = this.currentDeliver()
        const path = this.waiting[0]
        if (!deliver || path === undefined) break
        this.waiting.shift()
        try {
          await deliver(path)
        } catch (error) {
          this.onError(path, error)
        }
      }
    } finally {
      this.running = false
    }
  }
}

/**
 * Carries out the update policy (shared/updates/update-policy.ts) over an updater: schedules the
 * checks, turns the updater's events into the status the window shows, logs them, and installs
 * only when asked. No Electron here: the glue (electron/auto-update.ts) adapts electron-updater
 * to `Updater`, so this is tested under Node with a scripted one.
 */
import {
  initialUpdateStatus,
  nextCheckDelay,
  nextUpdateStatus,
  withAutomaticUpdates,
  type UpdateEvent,
  type UpdateHost,
  type UpdateStatus
} from '../../shared/updates/update-policy'
import type { AppLog } from '../logs/app-log'
import { readAutomaticUpdates, saveAutomaticUpdates } from './update-settings'

export interface Updater {
  /** Looks at the feed; downloads a newer version in the background. Events report the outcome. */
  check: () => Promise<unknown>
  /** Quits and installs the downloaded version. */
  quitAndInstall: () => void
}

export interface Timers {
  set: (run: () => void, ms: number) => unknown
  clear: (handle: unknown) => void
}

export interface UpdateControllerOptions {
  dataDir: string
  host: UpdateHost
  updater: Updater
  log: Pick<AppLog, 'info' | 'warn'>
  now?: () => Date
  timers?: Timers
  /** Before installing: the app's writes land first (the quit path waits for them too). */
  beforeInstall?: () => Promise<unknown>
}

const realTimers: Timers = {
  set: (run, ms) => {
    const handle = setTimeout(run, ms)
    handle.unref?.()
    return handle
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

export class UpdateController {
  #status: UpdateStatus = { phase: 'unavailable', reason: 'Starting…' }
  #timer: unknown = null
  readonly #now: () => Date
  readonly #timers: Timers

  constructor(private readonly options: UpdateControllerOptions) {
    this.#now = options.now ?? (() => new Date())
    this.#timers = options.timers ?? realTimers
  }

  async start(): Promise<void> {
    const automatic = await readAutomaticUpdates(this.options.dataDir)
    this.#status = initialUpdateStatus(this.options.host, automatic)
    this.options.log.info('update.policy', { phase: this.#status.phase })
    this.#schedule()
  }

  status(): UpdateStatus {
    return this.#status
  }

  /** What the updater reported. */
  handle(event: UpdateEvent): void {
    const before = this.#status
    this.#status = nextUpdateStatus(before, event, this.#now())
    if (event.kind === 'failed' && this.#status.phase === 'idle' && this.#status.problem)
      this.options.log.warn('update.failed', {
        problem: this.#status.problem.kind,
        summary: this.#status.problem.summary
      })
    else if (event.kind !== 'progress' && event.kind !== 'failed')
      this.options.log.info(`update.${event.kind}`, 'version' in event ? { version: event.version } : {})
    if (before.phase !== this.#status.phase) this.#schedule()
  }

  async setAutomatic(automatic: boolean): Promise<UpdateStatus> {
    await saveAutomaticUpdates(this.options.dataDir, automatic)
    this.#status = withAutomaticUpdates(this.#status, automatic)
    this.options.log.info('update.setting', { automatic })
    this.#schedule()
    return this.#status
  }

  /** Installs the ready update; false when there is none. */
  async restartToUpdate(): Promise<boolean> {
    if (this.#status.phase !== 'ready') return false
    this.options.log.info('update.install', { version: this.#status.version })
    await this.options.beforeInstall?.()
    this.options.updater.quitAndInstall()
    return true
  }

  stop(): void {
    if (this.#timer !== null) this.#timers.clear(this.#timer)
    this.#timer = null
  }

  #schedule(): void {
    this.stop()
    const delay = nextCheckDelay(this.#status, this.#now())
    if (delay === null) return
    this.#timer = this.#timers.set(() => {
      this.#timer = null
      this.#check()
    }, delay)
  }

  #check(): void {
    this.handle({ kind: 'check-started' })
    // The updater also emits 'error'; a rejection that it did not report becomes one here.
    this.options.updater.check().catch((error: unknown) => {
      if (this.#status.phase === 'checking' || this.#status.phase === 'downloading')
        this.handle({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    })
  }
}

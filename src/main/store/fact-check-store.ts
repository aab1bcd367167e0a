/**
 * The published fact-checks imported from feeds: their own collection in the data folder
 * (`fact-checks.json`), a durable file like the library's. Loaded on first use; a file that
 * cannot be read is kept aside unchanged and the user told, and the collection starts empty.
 */
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import {
  FACT_CHECK_LIMITS,
  FactCheckCollection,
  factCheckKey,
  type FactCheck,
  type FactCheckDraft
} from '../../shared/fact-checks/fact-check'
import { ApiFailure } from '../../shared/result'
import { DurableJsonFile, NewerDataError, UnreadableFileError } from './durable-json-file'
import { damagedNotice, moveAside } from './folder-check'

export const FACT_CHECKS_FILE = 'fact-checks.json'

export interface FactChecksAdded {
  added: number
  updated: number
}

type Listener = (factChecks: readonly FactCheck[]) => void

export class FactCheckStore {
  private readonly file: DurableJsonFile<FactCheckCollection>
  private loaded: Promise<FactCheck[]> | null = null
  /** Changes run one after another, each on the collection the last one left. */
  private queue: Promise<unknown> = Promise.resolve()
  private readonly listeners = new Set<Listener>()

  constructor(
    private readonly dataDir: string,
    private readonly notify: (message: string) => void = () => undefined
  ) {
    this.file = new DurableJsonFile(join(dataDir, FACT_CHECKS_FILE), FactCheckCollection)
  }

  onChanged(listener: Listener): void {
    this.listeners.add(listener)
  }

  /** Every fact-check, most recently added first. */
  async list(): Promise<FactCheck[]> {
    return [...(await this.load())].sort((a, b) => b.addedAt.localeCompare(a.addedAt))
  }

  /** Adds a feed's fact-checks; one already kept (same link and claim) is updated in place. */
  add(drafts: readonly FactCheckDraft[], origin: string, now: Date): Promise<FactChecksAdded> {
    return this.change((current) => {
      const byKey = new Map(current.map((factCheck, at) => [factCheckKey(factCheck), at]))
      const next = [...current]
      let added = 0
      let updated = 0
      for (const draft of drafts) {
        const at = byKey.get(factCheckKey(draft))
        const existing = at === undefined ? undefined : next[at]
        if (at !== undefined && existing) {
          next[at] = { ...draft, id: existing.id, addedAt: existing.addedAt, origin: existing.origin }
          updated++
        } else {
          byKey.set(factCheckKey(draft), next.length)
          next.push({
            ...draft,
            id: `f-${randomBytes(8).toString('hex')}`,
            addedAt: now.toISOString(),
            origin
          })
          added++
        }
      }
      if (next.length > FACT_CHECK_LIMITS.collection) {
        throw new ApiFailure(
          'too-large',
          `The fact-check collection holds at most ${FACT_CHECK_LIMITS.collection}; remove some before importing more.`
        )
      }
      return { next, result: { added, updated } }
    })
  }

  /** Removes one fact-check; answers whether it was there. */
  remove(id: string): Promise<boolean> {
    return this.change((current) => {
      const next = current.filter((factCheck) => factCheck.id !== id)
      // Nothing to remove: nothing is written.
      return next.length === current.length ? { next: current, result: false } : { next, result: true }
    })
  }

  private change<T>(step: (current: FactCheck[]) => { next: FactCheck[]; result: T }): Promise<T> {
    const run = this.queue.then(async () => {
      const current = await this.load()
      const { next, result } = step(current)
      if (next === current) return result
      try {
        await this.file.save({ factChecks: next })
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new ApiFailure(
          'storage',
          `Claimcheck could not save the fact-checks to its data folder (${reason}). Nothing was changed; check the disk and try again.`
        )
      }
      this.loaded = Promise.resolve(next)
      for (const listener of this.listeners) listener(next)
      return result
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private load(): Promise<FactCheck[]> {
    this.loaded ??= this.read().catch((error: unknown) => {
      this.loaded = null
      throw error
    })
    return this.loaded
  }

  private async read(): Promise<FactCheck[]> {
    try {
      return (await this.file.read())?.factChecks ?? []
    } catch (error) {
      if (error instanceof NewerDataError) throw new ApiFailure('bad-file', error.message)
      if (!(error instanceof UnreadableFileError)) throw error
      const damaged = await moveAside(this.dataDir, error.filePath, error.reason)
      this.notify(damagedNotice(this.dataDir, [damaged]))
      return []
    }
  }
}

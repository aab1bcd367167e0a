/**
 * The desk engine's state and the small steps both its sides share: the replica and outbox in
 * memory with the records indexed by document, one-at-a-time local work, the status flags, and
 * telling whoever waits (whenSynced) once everything is sent and a fresh pull found nothing new.
 * The loops over the server are in desk-sync-loops.ts; the API and local changes in desk-engine.ts.
 */
import { randomBytes } from 'node:crypto'
import type { DeskDocumentView } from '../../shared/desk/desk-types'
import { deskDocumentView, type DeskDocumentRecords } from '../../shared/desk/desk-state'
import { backoffDelay, enqueue, pending, type Outbox, type OutboxEntry } from '../../shared/desk/outbox'
import { eventId, recordId, type DeskRecord, type EventRecord } from '../../shared/desk/records'
import type { LibraryStore } from '../store/library-store'
import { ChangeBatcher } from './change-batcher'
import { deskProblem } from './desk-failures'
import { DeskRecordIndex } from './desk-record-index'
import { Waker } from './waker'
import type { CredentialVault } from './credential-vault'
import { type DeskClient } from './desk-client'
import { DeskFiles, emptyReplica, type ReplicaFile, type StoredRecord } from './desk-files'

export interface DeskEngineOptions {
  store: LibraryStore
  dataDir: string
  vault: CredentialVault
  now?: () => Date
  /** How long a caught-up pull waits on the server for the next change (long-poll). */
  pollWaitMs?: number
  /** The longest wait between attempts while the server is away (tests shorten it). */
  maxBackoffMs?: number
  /** Replaces the client (benches count requests); the default is nano over HTTP. */
  clientFor?: (url: string, name: string, password: string) => DeskClient
}

export const PULL_BATCH = 200
export const PUSH_BATCH = 100
export const MAX_REFUSALS_SHOWN = 20

export interface Session {
  client: DeskClient
  stop: AbortController
  loops: Promise<void>
  /** Set while a long-poll waits: aborting it makes the pull loop ask again at once. */
  poll: AbortController | null
}

export abstract class DeskSyncState {
  protected replica: ReplicaFile = emptyReplica()
  protected outbox: Outbox = { entries: [] }
  protected readonly records = new DeskRecordIndex()
  protected session: Session | null = null
  protected revision = 0
  protected offline = false
  protected lastSyncedAt: string | null = null
  /** Local work (recomputing reviews, queuing, applying pulls) runs one step at a time. */
  protected work: Promise<unknown> = Promise.resolve()
  protected readonly pushWaker = new Waker()
  protected readonly pullWaker = new Waker()
  protected readonly syncedWaiters: { after: number; resolve: () => void }[] = []
  protected pullRounds = 0
  protected readonly now: () => Date
  protected readonly files: DeskFiles
  protected stopListening: (() => void) | null = null

  protected constructor(protected readonly options: DeskEngineOptions) {
    this.now = options.now ?? (() => new Date())
    this.files = new DeskFiles(options.dataDir, (message) => options.store.warn(message))
  }

  protected readonly changes = new ChangeBatcher(
    () => this.options.store.whenIdle(),
    (ids) => this.flushChanged(ids),
    () => this.tellSynced(),
    (error) => this.options.store.warn(deskProblem(error))
  )

  protected queueEvent(event: Omit<EventRecord, 'type' | 'member' | 'at'>): void {
    const desk = this.replica.desk
    if (!desk) return
    const record: EventRecord = { type: 'event', ...event, member: desk.name, at: this.now().toISOString() }
    const id = eventId(record, randomBytes(6).toString('hex'))
    this.outbox = enqueue(this.outbox, { recordId: id, record: { ...record }, queuedAt: this.stamp() })
  }

  protected entryFor(record: DeskRecord): OutboxEntry {
    // Events get their ids from queueEvent (eventId), never here.
    return { recordId: recordId(record), record: { ...record }, queuedAt: this.stamp() }
  }

  protected stampCount = 0
  protected stamp(): string {
    return `${this.now().toISOString()}#${++this.stampCount}`
  }

  /**
   * What the server now has, written without holding up the next pull or push: the files coalesce
   * writes to the latest state, and a kill before it lands only means pulling or sending again
   * (records are idempotent; a record sent twice meets its own revision and is settled or merged).
   */
  protected saveInBackground(): void {
    const warn = (error: unknown) => this.options.store.warn(deskProblem(error))
    this.files.saveReplica(this.replica).catch(warn)
    this.files.saveOutbox(this.outbox).catch(warn)
  }

  /** CouchDB's losing revisions of a review (from replication between servers): their notes are kept. */
  protected viewOf(deskDocId: string, claimIds: readonly string[]): DeskDocumentView {
    return deskDocumentView({ ...this.overlay(deskDocId), claimIds })
  }

  protected overlay(deskDocId: string): Omit<DeskDocumentRecords, 'claimIds'> {
    return this.records.overlay(deskDocId, this.outbox.entries, this.replica.conflictNotes[deskDocId] ?? {})
  }

  protected keep(id: string, record: DeskRecord): void {
    if (record.type === 'article') return
    const stored = record as StoredRecord
    this.replica.records[id] = stored
    this.records.add(id, stored)
  }

  protected noteIncomingRefusal(recordId: string, reason: string): void {
    const refused = this.replica.refusedIncoming.filter((candidate) => candidate.recordId !== recordId)
    refused.push({
      recordId: recordId.slice(0, 300),
      reason: `Not taken from the desk: ${reason}`.slice(0, 2000),
      at: this.now().toISOString()
    })
    this.replica.refusedIncoming = refused.slice(-50)
    this.revision++
  }

  protected queueWork<T>(step: () => Promise<T> | T): Promise<T> {
    const run = this.work.then(step)
    this.work = run.catch((error: unknown) => this.options.store.warn(deskProblem(error)))
    return run
  }

  protected setOffline(offline: boolean): void {
    if (this.offline !== offline) {
      this.offline = offline
      this.revision++
    }
  }

  protected backoff(failures: number): number {
    return Math.min(this.options.maxBackoffMs ?? 30_000, backoffDelay(failures, Math.random()))
  }

  protected tellPulled(round: number): void {
    this.lastPulledRound = round
    this.tellSynced()
  }

  protected lastPulledRound = 0

  protected tellSynced(): void {
    if (pending(this.outbox, 1).length > 0 || this.changes.busy) return
    for (let at = this.syncedWaiters.length - 1; at >= 0; at--) {
      const waiter = this.syncedWaiters[at] as { after: number; resolve: () => void }
      if (this.lastPulledRound > waiter.after) {
        this.syncedWaiters.splice(at, 1)
        waiter.resolve()
      }
    }
  }

  /** Recomputes the member's review of each changed document (the engine's local side). */
  protected abstract flushChanged(ids: string[]): Promise<void>
}

/**
 * The desk's sync engine: the local replica and outbox (desk-files.ts), and two loops over the
 * server (desk-client.ts). Pull: `_changes` since the last sequence, with the documents and their
 * conflicts, long-polled once caught up; each record is checked (records.ts) before it is kept, a
 * pulled article becomes a library document with exactly its claims and ids. Push: the outbox in
 * batches through `_bulk_docs`; a refusal is kept with the server's reason; the same member's two
 * machines are merged (review-record.ts). Both back off while the server is away.
 *
 * Local first: after every change to a desk document in the library (the store's change listener)
 * the member's review record is recomputed and queued with history events; the desk view shows the
 * queued records at once.
 */
import { randomBytes } from 'node:crypto'
import type { DeskDocumentView, DeskMember, DeskRole, DeskStatus } from '../../shared/desk/desk-types'
import { checkDeskUrl } from '../../shared/desk/desk-url'
import { deskDocumentView, fingerprintsOf, type DeskDocumentRecords } from '../../shared/desk/desk-state'
import {
  backoffDelay,
  enqueue,
  markRefused,
  pending,
  settle,
  type Outbox,
  type OutboxEntry
} from '../../shared/desk/outbox'
import {
  ArticleRecord,
  eventId,
  parseDeskRecord,
  type AssignmentRecord,
  type DeskRecord,
  type EventRecord,
  type ReviewRecord,
  type SignoffRecord
} from '../../shared/desk/records'
import { mergeReviews, reviewChanges, reviewRecordOf, sameReview } from '../../shared/desk/review-record'
import { emptyAnnotations, SCHEMA_VERSION, StoredDocument, type LibraryEntry } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import type { LibraryStore } from '../store/library-store'
import { entryFor } from '../../shared/library/entry'
import { linkedController } from '../abortable'
import { ChangeBatcher } from './change-batcher'
import type { CredentialVault } from './credential-vault'
import { DeskBadAnswer, DeskNotAllowed, DeskOffline, deskClient, type DeskClient } from './desk-client'
import type { DeskEngine } from './desk-services'
import {
  DeskFiles,
  emptyReplica,
  type DeskConnection,
  type ReplicaFile,
  type StoredRecord
} from './desk-files'

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

const PULL_BATCH = 200
const PUSH_BATCH = 100
const MAX_REFUSALS_SHOWN = 20

interface DocRecords {
  reviews: Map<string, ReviewRecord>
  signoffs: Map<string, SignoffRecord>
  assignment: AssignmentRecord | null
  events: Map<string, EventRecord>
}

const emptyDocRecords = (): DocRecords => ({
  reviews: new Map(),
  signoffs: new Map(),
  assignment: null,
  events: new Map()
})

class Waker {
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

interface Session {
  client: DeskClient
  stop: AbortController
  loops: Promise<void>
  /** Set while a long-poll waits: aborting it makes the pull loop ask again at once. */
  poll: AbortController | null
}

export class DeskSync implements DeskEngine {
  private replica: ReplicaFile = emptyReplica()
  private outbox: Outbox = { entries: [] }
  private byDoc = new Map<string, DocRecords>()
  private session: Session | null = null
  private revision = 0
  private offline = false
  private lastSyncedAt: string | null = null
  /** Local work (recomputing reviews, queuing, applying pulls) runs one step at a time. */
  private work: Promise<unknown> = Promise.resolve()
  private readonly pushWaker = new Waker()
  private readonly pullWaker = new Waker()
  private readonly syncedWaiters: { after: number; resolve: () => void }[] = []
  private pullRounds = 0
  private readonly now: () => Date
  private readonly files: DeskFiles
  private stopListening: (() => void) | null = null

  private constructor(private readonly options: DeskEngineOptions) {
    this.now = options.now ?? (() => new Date())
    this.files = new DeskFiles(options.dataDir, (message) => options.store.warn(message))
  }

  /** Loads the replica and outbox; reconnects at once when the vault still has the password. */
  static async open(options: DeskEngineOptions): Promise<DeskSync> {
    const engine = new DeskSync(options)
    const { replica, outbox } = await engine.files.load()
    engine.replica = replica
    engine.outbox = outbox
    engine.rebuildIndex()
    engine.stopListening = options.store.onDocumentChanged((id, document) => {
      if (document?.desk && engine.replica.desk) engine.markChanged(id)
    })
    const saved = await options.vault.load()
    const desk = replica.desk
    if (saved && desk && saved.url === desk.url && saved.name === desk.name) {
      // Started in the background: a desk that is away must not hold up the app's start.
      void engine.connect(saved).catch((error: unknown) => options.store.warn(deskProblem(error)))
    }
    return engine
  }

  // ---- the API ----

  status(): DeskStatus {
    const desk = this.replica.desk
    if (!desk || !this.session) return { connected: false }
    const waiting = pending(this.outbox, Infinity).length
    const refused = [
      ...this.outbox.entries.flatMap((entry) =>
        entry.refused
          ? [{ recordId: entry.recordId, reason: entry.refused.reason, at: entry.refused.at }]
          : []
      ),
      ...this.replica.refusedIncoming
    ].slice(-MAX_REFUSALS_SHOWN)
    const state = this.offline
      ? 'offline'
      : waiting > 0
        ? 'waiting'
        : this.outbox.entries.some((entry) => entry.refused)
          ? 'refused'
          : 'synced'
    return {
      connected: true,
      url: desk.url,
      name: desk.name,
      role: desk.role,
      state,
      waiting,
      refused,
      revision: this.revision,
      lastSyncedAt: this.lastSyncedAt,
      members: this.members()
    }
  }

  async connect(input: { url: string; name: string; password: string }): Promise<DeskStatus> {
    const checked = checkDeskUrl(input.url)
    if (!checked.ok) throw new ApiFailure('invalid-input', checked.message)
    const client = (this.options.clientFor ?? deskClient)(checked.url, input.name, input.password)
    let user: { name: string; roles: string[] }
    try {
      user = await client.session()
    } catch (error) {
      throw toApiFailure(error)
    }
    const role: DeskRole | null =
      user.roles.includes('editor') || user.roles.includes('_admin')
        ? 'editor'
        : user.roles.includes('checker')
          ? 'checker'
          : null
    if (!role) {
      throw new ApiFailure(
        'unauthorized',
        `${user.name} has no role on this desk; ask the desk's admin to add you as a checker or an editor.`
      )
    }
    await this.stopSession()
    const connection: DeskConnection = { url: checked.url, name: user.name, role }
    await this.queueWork(async () => {
      const previous = this.replica.desk
      if (!previous || previous.url !== connection.url || previous.name !== connection.name) {
        // Another desk or another member: start that replica afresh (the library keeps everything).
        this.replica = emptyReplica(connection)
        this.outbox = { entries: [] }
        this.rebuildIndex()
        await this.files.saveOutbox(this.outbox)
      } else {
        this.replica = { ...this.replica, desk: connection }
      }
      await this.files.saveReplica(this.replica)
    })
    await this.options.vault.save({ url: checked.url, name: user.name, password: input.password })
    this.offline = false
    const stop = new AbortController()
    const session: Session = { client, stop, loops: Promise.resolve(), poll: null }
    this.session = session
    session.loops = Promise.all([this.pushLoop(session), this.pullLoop(session)]).then(() => undefined)
    // Changes made while no desk was connected (or lost to a kill before they were queued).
    this.queueWork(() => this.reconcileLibrary())
    this.revision++
    return this.status()
  }

  async disconnect(): Promise<DeskStatus> {
    await this.stopSession()
    await this.options.vault.clear()
    await this.queueWork(async () => {
      this.replica = { ...this.replica, desk: null }
      await this.files.saveReplica(this.replica)
    })
    this.revision++
    return { connected: false }
  }

  /** Stops syncing (the host is closing); keeps the credentials for the next launch. */
  async close(): Promise<void> {
    this.stopListening?.()
    await this.stopSession()
    await this.work.catch(() => undefined)
    await this.files.saveReplica(this.replica)
    await this.files.saveOutbox(this.outbox)
  }

  async share(documentId: string): Promise<LibraryEntry> {
    const desk = this.requireDesk()
    const document = await this.options.store.openDocument(documentId)
    if (!document.desk) {
      const article = ArticleRecord.safeParse({
        type: 'article',
        deskDocId: document.id,
        title: document.title.slice(0, 500),
        text: document.text,
        blocks: document.blocks,
        claims: document.claims,
        ...(document.inlines
          ? { inlines: document.inlines.filter((mark) => !mark.href || /^https?:/i.test(mark.href)) }
          : {}),
        source: /^\s*(javascript|data|vbscript|file):/i.test(document.source) ? '' : document.source,
        sharedBy: desk.name,
        sharedAt: this.now().toISOString()
      })
      if (!article.success) {
        throw new ApiFailure(
          'too-large',
          `This document cannot go to the desk: ${article.error.issues[0]?.message ?? 'it is not a shareable article'}.`
        )
      }
      await this.queueWork(async () => {
        this.replica.articles[document.id] = {
          title: article.data.title,
          sharedBy: desk.name,
          sharedAt: article.data.sharedAt,
          claimIds: document.claims.map((claim) => claim.id)
        }
        this.outbox = enqueue(this.outbox, this.entryFor(article.data))
        this.queueEvent({ deskDocId: document.id, what: 'shared', to: article.data.title.slice(0, 200) })
        await this.files.saveOutbox(this.outbox)
      })
      // The marker's change runs the listener, which queues the member's review.
      await this.options.store.changeDocument(documentId, (current) => ({
        ...current,
        desk: { deskDocId: current.id }
      }))
      this.pushWaker.ring()
    }
    const entry = this.options.store.index.documents.find((candidate) => candidate.id === documentId)
    return this.decorate([
      entry ?? entryFor(await this.options.store.openDocument(documentId))
    ])[0] as LibraryEntry
  }

  async documentView(documentId: string): Promise<DeskDocumentView | null> {
    const document = await this.options.store.peekDocument(documentId)
    if (!document?.desk) return null
    await this.work.catch(() => undefined)
    return this.viewOf(
      document.desk.deskDocId,
      document.claims.map((claim) => claim.id)
    )
  }

  async signOff(input: {
    documentId: string
    claimId: string
    verdict: string
    reason: string
  }): Promise<DeskDocumentView> {
    const desk = this.requireDesk()
    if (desk.role !== 'editor')
      throw new ApiFailure('unauthorized', 'Only editors sign off claims on the desk.')
    const document = await this.deskDocument(input.documentId)
    if (!document.claims.some((claim) => claim.id === input.claimId))
      throw new ApiFailure('not-found', 'That claim is not in this document.')
    await this.queueWork(async () => {
      const deskDocId = document.desk.deskDocId
      const previous = this.overlay(deskDocId).signoffs.find(
        (candidate) => candidate.claimId === input.claimId
      )
      const signoff: SignoffRecord = {
        type: 'signoff',
        deskDocId,
        claimId: input.claimId,
        editor: desk.name,
        verdict: input.verdict as SignoffRecord['verdict'],
        reason: input.reason,
        saw: fingerprintsOf(this.overlay(deskDocId).reviews, input.claimId),
        at: this.now().toISOString()
      }
      this.outbox = enqueue(this.outbox, this.entryFor(signoff))
      this.queueEvent({
        deskDocId,
        claimId: input.claimId,
        what: previous ? 'sign-off confirmed' : 'signed off',
        ...(previous ? { from: previous.verdict } : {}),
        to: signoff.verdict
      })
      await this.files.saveOutbox(this.outbox)
    })
    this.pushWaker.ring()
    return this.viewOf(
      document.desk.deskDocId,
      document.claims.map((claim) => claim.id)
    )
  }

  async assign(input: { documentId: string; assignee: string }): Promise<DeskDocumentView> {
    const desk = this.requireDesk()
    if (desk.role !== 'editor') throw new ApiFailure('unauthorized', 'Only editors assign desk documents.')
    const document = await this.deskDocument(input.documentId)
    await this.queueWork(async () => {
      const deskDocId = document.desk.deskDocId
      const previous = this.overlay(deskDocId).assignment
      const assignment: AssignmentRecord = {
        type: 'assignment',
        deskDocId,
        assignee: input.assignee,
        by: desk.name,
        at: this.now().toISOString()
      }
      this.outbox = enqueue(this.outbox, this.entryFor(assignment))
      this.queueEvent({
        deskDocId,
        what: 'assigned',
        ...(previous ? { from: previous.assignee } : {}),
        to: input.assignee
      })
      await this.files.saveOutbox(this.outbox)
    })
    this.pushWaker.ring()
    return this.viewOf(
      document.desk.deskDocId,
      document.claims.map((claim) => claim.id)
    )
  }

  /** Library entries with their desk document's assignee. */
  decorate(entries: readonly LibraryEntry[]): LibraryEntry[] {
    return entries.map((entry) => {
      if (!entry.desk) return entry
      const assignee = this.recordsOf(entry.desk.deskDocId).assignment?.assignee ?? null
      return { ...entry, desk: { ...entry.desk, assignee } }
    })
  }

  /** The desk view of every desk document, by library id, for All claims' desk filters. */
  async viewsByDocument(): Promise<{ me: string | null; views: Map<string, DeskDocumentView> }> {
    await this.work.catch(() => undefined)
    const views = new Map<string, DeskDocumentView>()
    for (const entry of this.options.store.index.documents) {
      if (!entry.desk) continue
      const claimIds = this.replica.articles[entry.desk.deskDocId]?.claimIds
      const document = claimIds ? null : await this.options.store.peekDocument(entry.id)
      views.set(
        entry.id,
        this.viewOf(entry.desk.deskDocId, claimIds ?? document?.claims.map((claim) => claim.id) ?? [])
      )
    }
    return { me: this.replica.desk?.name ?? null, views }
  }

  /**
   * Resolves once everything queued has been sent and a pull started after this call has found
   * nothing new (tests, benches). With no desk connected it never resolves by itself.
   */
  whenSynced(): Promise<void> {
    const after = this.pullRounds
    this.session?.poll?.abort()
    this.pullWaker.ring()
    this.pushWaker.ring()
    return new Promise((resolve) => this.syncedWaiters.push({ after, resolve }))
  }

  /** What is waiting and refused, for tests. */
  outboxEntries(): readonly OutboxEntry[] {
    return this.outbox.entries
  }

  // ---- local changes ----

  /**
   * A desk document changed in the library. Its review is recomputed once the store has been quiet
   * for a moment (a burst of tags shares one recomputation and one outbox write, so tagging costs
   * the same with a desk connected). A kill before then loses nothing: the library holds the change,
   * and connecting compares every desk document with what the desk has (reconcileLibrary).
   */
  private markChanged(documentId: string): void {
    this.changes.mark(documentId)
  }

  private readonly changes = new ChangeBatcher(
    () => this.options.store.whenIdle(),
    (ids) => this.flushChanged(ids),
    () => this.tellSynced(),
    (error) => this.options.store.warn(deskProblem(error))
  )

  private async flushChanged(ids: string[]): Promise<void> {
    await this.queueWork(async () => {
      for (const id of ids) {
        const document = await this.options.store.peekDocument(id)
        if (document) await this.recomputeReview(document)
      }
    })
  }

  private recomputeReview(document: StoredDocument): Promise<void> | void {
    const desk = this.replica.desk
    if (!desk || !document.desk) return
    const deskDocId = document.desk.deskDocId
    const id = `review:${deskDocId}:${desk.name}`
    const next = reviewRecordOf(document, deskDocId, desk.name, this.now().toISOString())
    const queued = this.outbox.entries.find((entry) => entry.recordId === id)
    const previous = queued
      ? (queued.record as ReviewRecord)
      : (this.recordsOf(deskDocId).reviews.get(desk.name) ?? null)
    if (sameReview(previous, next)) return
    if (!previous && Object.keys(next.claims).length === 0 && next.highlights.length === 0) return
    // Texts kept from a conflict stay with the claim until the member writes a new note.
    for (const [claimId, claim] of Object.entries(next.claims)) {
      const kept = previous?.claims[claimId]?.conflicts
      if (kept?.length && previous?.claims[claimId]?.note === claim.note) claim.conflicts = kept
    }
    this.outbox = enqueue(this.outbox, this.entryFor(next))
    for (const change of reviewChanges(previous, next)) {
      this.queueEvent({
        deskDocId,
        claimId: change.claimId,
        what: change.what,
        ...(change.from ? { from: change.from } : {}),
        ...(change.to ? { to: change.to } : {})
      })
    }
    this.revision++
    this.pushWaker.ring()
    return this.files.saveOutbox(this.outbox).then(() => undefined)
  }

  /** Every desk document of the library against what the desk has of the member's review. */
  private async reconcileLibrary(): Promise<void> {
    for (const entry of this.options.store.index.documents) {
      if (!entry.desk) continue
      const document = await this.options.store.peekDocument(entry.id, { inBackground: true })
      if (document) await this.recomputeReview(document)
    }
  }

  private queueEvent(event: Omit<EventRecord, 'type' | 'member' | 'at'>): void {
    const desk = this.replica.desk
    if (!desk) return
    const record: EventRecord = { type: 'event', ...event, member: desk.name, at: this.now().toISOString() }
    const id = eventId(record, randomBytes(6).toString('hex'))
    this.outbox = enqueue(this.outbox, { recordId: id, record: { ...record }, queuedAt: this.stamp() })
  }

  private entryFor(record: DeskRecord): OutboxEntry {
    return { recordId: recordIdOf(record), record: { ...record }, queuedAt: this.stamp() }
  }

  private stampCount = 0
  private stamp(): string {
    return `${this.now().toISOString()}#${++this.stampCount}`
  }

  // ---- the loops ----

  private async pushLoop(session: Session): Promise<void> {
    let failures = 0
    while (!session.stop.signal.aborted) {
      const batch = pending(this.outbox, PUSH_BATCH)
      if (batch.length === 0) {
        this.tellSynced()
        await this.pushWaker.wait(60_000, session.stop.signal)
        continue
      }
      try {
        const docs = batch.map((entry) => {
          const rev = this.replica.revs[entry.recordId]
          return { _id: entry.recordId, ...entry.record, ...(rev ? { _rev: rev } : {}) }
        })
        const results = await session.client.bulkDocs(docs, session.stop.signal)
        await this.queueWork(() => this.settlePush(session, batch, results))
        failures = 0
        this.setOffline(false)
      } catch (error) {
        if (session.stop.signal.aborted) return
        if (error instanceof DeskNotAllowed && error.status === 401) {
          this.setOffline(true)
        } else {
          this.setOffline(error instanceof DeskOffline)
        }
        failures++
        await this.pushWaker.wait(this.backoff(failures), session.stop.signal)
      }
    }
  }

  private async settlePush(
    session: Session,
    batch: OutboxEntry[],
    results: { id: string; rev?: string; error?: string; reason?: string }[]
  ): Promise<void> {
    const at = this.now().toISOString()
    for (const entry of batch) {
      const result = results.find((candidate) => candidate.id === entry.recordId)
      if (!result) continue
      if (result.rev && !result.error) {
        this.replica.revs[entry.recordId] = result.rev
        const parsed = parseDeskRecord({ _id: entry.recordId, ...entry.record })
        if (parsed.ok) this.keep(parsed.id, parsed.record)
        this.outbox = settle(this.outbox, entry)
      } else if (result.error === 'conflict') {
        await this.resolveConflict(session, entry)
      } else {
        this.outbox = markRefused(
          this.outbox,
          entry,
          result.reason ?? result.error ?? 'The desk refused it.',
          at
        )
      }
    }
    this.revision++
    this.lastSyncedAt = at
    this.saveInBackground()
  }

  /** The server has another version of a record this machine writes. */
  private async resolveConflict(session: Session, entry: OutboxEntry): Promise<void> {
    const current = (await session.client.get(entry.recordId, session.stop.signal).catch(() => null)) as {
      _rev?: unknown
    } | null
    const rev = typeof current?._rev === 'string' ? current._rev : null
    const parsed = current ? parseDeskRecord(current) : null
    if (!rev || !parsed?.ok) return // Tried again on the next round.
    const record = entry.record as DeskRecord
    if (record.type === 'article' || record.type === 'event') {
      // Already on the desk (an article is never rewritten; an event id is never reused).
      this.replica.revs[entry.recordId] = rev
      this.keep(parsed.id, parsed.record)
      this.outbox = settle(this.outbox, entry)
      return
    }
    this.replica.revs[entry.recordId] = rev
    if (record.type === 'review' && parsed.record.type === 'review') {
      // The same member on another machine: both versions merged, no note lost.
      this.outbox = enqueue(this.outbox, {
        ...entry,
        record: { ...mergeReviews(record, parsed.record) },
        queuedAt: this.stamp()
      })
    }
    // Sign-offs and assignments: the editor's latest action replaces the one on the desk.
  }

  private async pullLoop(session: Session): Promise<void> {
    let failures = 0
    let caughtUp = false
    while (!session.stop.signal.aborted) {
      // Someone waits for a fresh pull (whenSynced): ask again shortly instead of long-polling.
      const fresh = caughtUp && this.syncedWaiters.length > 0
      if (fresh) await this.pullWaker.wait(50, session.stop.signal)
      const round = ++this.pullRounds
      // Aborted by whenSynced (ask again now) or by the session stopping.
      const { controller: poll, dispose: unlinkPoll } = linkedController(session.stop.signal)
      const longPoll = caughtUp && !fresh
      session.poll = longPoll ? poll : null
      try {
        const waitMs = longPoll ? (this.options.pollWaitMs ?? 25_000) : 0
        const changes = await session.client.changes(this.replica.since, {
          limit: PULL_BATCH,
          waitMs,
          signal: poll.signal
        })
        session.poll = null
        failures = 0
        this.setOffline(false)
        await this.queueWork(() => this.applyPulled(changes.results, changes.lastSeq))
        caughtUp = changes.results.length === 0
        if (changes.results.length === 0) {
          this.lastSyncedAt = this.now().toISOString()
          this.tellPulled(round)
        }
      } catch (error) {
        session.poll = null
        if (session.stop.signal.aborted) return
        if (poll.signal.aborted) {
          caughtUp = false
          continue
        }
        this.setOffline(!(error instanceof DeskBadAnswer))
        if (error instanceof DeskBadAnswer) this.noteIncomingRefusal('(the desk)', error.message)
        caughtUp = false
        failures++
        await this.pullWaker.wait(this.backoff(failures), session.stop.signal)
      } finally {
        unlinkPoll()
      }
    }
  }

  private async applyPulled(
    results: { id: string; deleted?: boolean; doc?: unknown }[],
    lastSeq: string
  ): Promise<void> {
    const client = this.session?.client
    for (const change of results) {
      if (change.id.startsWith('_design/') || change.deleted || !change.doc) continue
      const doc = change.doc as Record<string, unknown>
      const parsed = parseDeskRecord(doc)
      if (!parsed.ok) {
        this.noteIncomingRefusal(parsed.id, parsed.message)
        continue
      }
      if (typeof doc['_rev'] === 'string') this.replica.revs[parsed.id] = doc['_rev']
      if (parsed.record.type === 'article') {
        await this.takeArticle(parsed.record)
        continue
      }
      this.keep(parsed.id, parsed.record)
      const losing = Array.isArray(doc['_conflicts'])
        ? (doc['_conflicts'] as unknown[])
            .filter((rev): rev is string => typeof rev === 'string')
            .slice(0, 10)
        : []
      if (losing.length && parsed.record.type === 'review' && client && this.session) {
        await this.keepConflictNotes(client, this.session.stop.signal, parsed.record, parsed.id, losing)
      }
    }
    this.replica.since = lastSeq
    if (results.length) this.revision++
    this.saveInBackground()
  }

  /**
   * What the server now has, written without holding up the next pull or push: the files coalesce
   * writes to the latest state, and a kill before it lands only means pulling or sending again
   * (records are idempotent; a record sent twice meets its own revision and is settled or merged).
   */
  private saveInBackground(): void {
    const warn = (error: unknown) => this.options.store.warn(deskProblem(error))
    this.files.saveReplica(this.replica).catch(warn)
    this.files.saveOutbox(this.outbox).catch(warn)
  }

  /** CouchDB's losing revisions of a review (from replication between servers): their notes are kept. */
  private async keepConflictNotes(
    client: DeskClient,
    signal: AbortSignal,
    winner: ReviewRecord,
    id: string,
    revs: string[]
  ): Promise<void> {
    const notes: Record<string, string[]> = {}
    for (const rev of revs) {
      const parsed = parseDeskRecord(await client.get(id, signal, rev).catch(() => null))
      if (!parsed.ok || parsed.record.type !== 'review') continue
      for (const [claimId, claim] of Object.entries(parsed.record.claims)) {
        if (claim.note && claim.note !== winner.claims[claimId]?.note)
          (notes[claimId] ??= []).push(claim.note)
      }
    }
    const byMember = (this.replica.conflictNotes[winner.deskDocId] ??= {})
    byMember[winner.member] = notes
  }

  /** A pulled article: a library document with exactly its claims and ids, once. */
  private async takeArticle(article: ArticleRecord): Promise<void> {
    this.replica.articles[article.deskDocId] = {
      title: article.title,
      sharedBy: article.sharedBy,
      sharedAt: article.sharedAt,
      claimIds: article.claims.map((claim) => claim.id)
    }
    const store = this.options.store
    const known =
      store.index.documents.some((entry) => entry.id === article.deskDocId) ||
      store.index.trash.some((entry) => entry.id === article.deskDocId)
    if (known) return
    const document = StoredDocument.safeParse({
      schemaVersion: SCHEMA_VERSION,
      id: article.deskDocId,
      title: article.title,
      source: article.source,
      text: article.text,
      blocks: article.blocks,
      claims: article.claims,
      ...(article.inlines ? { inlines: article.inlines } : {}),
      addedAt: this.now().toISOString(),
      annotations: emptyAnnotations(),
      desk: { deskDocId: article.deskDocId }
    })
    if (!document.success) {
      this.noteIncomingRefusal(
        `article:${article.deskDocId}`,
        'The shared article could not be made into a document.'
      )
      return
    }
    await store.createDocument(document.data)
  }

  private keep(id: string, record: DeskRecord): void {
    if (record.type === 'article') return
    const stored = record as StoredRecord
    this.replica.records[id] = stored
    this.index(id, stored)
  }

  private noteIncomingRefusal(recordId: string, reason: string): void {
    const refused = this.replica.refusedIncoming.filter((candidate) => candidate.recordId !== recordId)
    refused.push({
      recordId: recordId.slice(0, 300),
      reason: `Not taken from the desk: ${reason}`.slice(0, 2000),
      at: this.now().toISOString()
    })
    this.replica.refusedIncoming = refused.slice(-50)
    this.revision++
  }

  // ---- the in-memory index ----

  private rebuildIndex(): void {
    this.byDoc = new Map()
    for (const [id, record] of Object.entries(this.replica.records)) this.index(id, record)
  }

  private index(id: string, record: StoredRecord): void {
    const records = this.recordsOf(record.deskDocId)
    switch (record.type) {
      case 'review':
        records.reviews.set(record.member, record)
        break
      case 'signoff':
        records.signoffs.set(record.claimId, record)
        break
      case 'assignment':
        records.assignment = record
        break
      case 'event':
        records.events.set(id, record)
        break
    }
  }

  private recordsOf(deskDocId: string): DocRecords {
    let records = this.byDoc.get(deskDocId)
    if (!records) {
      records = emptyDocRecords()
      this.byDoc.set(deskDocId, records)
    }
    return records
  }

  /** The replica's records with the outbox's waiting ones on top: what this member sees now. */
  private overlay(deskDocId: string): Omit<DeskDocumentRecords, 'claimIds'> {
    const base = this.recordsOf(deskDocId)
    const reviews = new Map(base.reviews)
    const signoffs = new Map(base.signoffs)
    const events = new Map(base.events)
    let assignment = base.assignment
    for (const entry of this.outbox.entries) {
      if (entry.refused) continue
      const record = entry.record as DeskRecord
      if (record.deskDocId !== deskDocId) continue
      if (record.type === 'review') reviews.set(record.member, record)
      else if (record.type === 'signoff') signoffs.set(record.claimId, record)
      else if (record.type === 'assignment') assignment = record
      else if (record.type === 'event') events.set(entry.recordId, record)
    }
    return {
      deskDocId,
      reviews: [...reviews.values()],
      signoffs: [...signoffs.values()],
      assignment,
      events: [...events].map(([id, record]) => ({ id, record })),
      conflictNotes: this.replica.conflictNotes[deskDocId] ?? {}
    }
  }

  private viewOf(deskDocId: string, claimIds: readonly string[]): DeskDocumentView {
    return deskDocumentView({ ...this.overlay(deskDocId), claimIds })
  }

  private members(): DeskMember[] {
    const roles = new Map<string, DeskRole>()
    const desk = this.replica.desk
    for (const record of Object.values(this.replica.records)) {
      if (record.type === 'review' && !roles.has(record.member)) roles.set(record.member, 'checker')
      if (record.type === 'signoff') roles.set(record.editor, 'editor')
      if (record.type === 'assignment') {
        roles.set(record.by, 'editor')
        if (!roles.has(record.assignee)) roles.set(record.assignee, 'checker')
      }
    }
    for (const article of Object.values(this.replica.articles))
      if (!roles.has(article.sharedBy)) roles.set(article.sharedBy, 'checker')
    if (desk) roles.set(desk.name, desk.role)
    return [...roles].map(([name, role]) => ({ name, role })).sort((a, b) => (a.name < b.name ? -1 : 1))
  }

  // ---- plumbing ----

  private requireDesk(): DeskConnection {
    const desk = this.replica.desk
    if (!desk || !this.session)
      throw new ApiFailure('unsupported', 'Connect to a desk first (the Desk button in the header).')
    return desk
  }

  private async deskDocument(documentId: string): Promise<StoredDocument & { desk: { deskDocId: string } }> {
    const document = await this.options.store.openDocument(documentId)
    if (!document.desk)
      throw new ApiFailure('not-found', 'This document is not on the desk; share it with the desk first.')
    return document as StoredDocument & { desk: { deskDocId: string } }
  }

  private queueWork<T>(step: () => Promise<T> | T): Promise<T> {
    const run = this.work.then(step)
    this.work = run.catch((error: unknown) => this.options.store.warn(deskProblem(error)))
    return run
  }

  private setOffline(offline: boolean): void {
    if (this.offline !== offline) {
      this.offline = offline
      this.revision++
    }
  }

  private backoff(failures: number): number {
    return Math.min(this.options.maxBackoffMs ?? 30_000, backoffDelay(failures, Math.random()))
  }

  private tellPulled(round: number): void {
    this.lastPulledRound = round
    this.tellSynced()
  }

  private lastPulledRound = 0

  private tellSynced(): void {
    if (pending(this.outbox, 1).length > 0 || this.changes.busy) return
    for (let at = this.syncedWaiters.length - 1; at >= 0; at--) {
      const waiter = this.syncedWaiters[at] as { after: number; resolve: () => void }
      if (this.lastPulledRound > waiter.after) {
        this.syncedWaiters.splice(at, 1)
        waiter.resolve()
      }
    }
  }

  private async stopSession(): Promise<void> {
    const session = this.session
    if (!session) return
    this.session = null
    session.stop.abort()
    this.pushWaker.ring()
    this.pullWaker.ring()
    await session.loops.catch(() => undefined)
  }
}

function recordIdOf(record: DeskRecord): string {
  switch (record.type) {
    case 'article':
      return `article:${record.deskDocId}`
    case 'review':
      return `review:${record.deskDocId}:${record.member}`
    case 'signoff':
      return `signoff:${record.deskDocId}:${record.claimId}`
    case 'assignment':
      return `assignment:${record.deskDocId}`
    case 'event':
      throw new Error('Events get their ids from queueEvent.')
  }
}

function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof DeskNotAllowed) return new ApiFailure('unauthorized', error.message)
  if (error instanceof DeskBadAnswer)
    return new ApiFailure('network', `${error.message} Is this the address of a CouchDB database?`)
  if (error instanceof DeskOffline)
    return new ApiFailure(
      'network',
      'Could not reach the desk. Check the address and your connection, then try again.'
    )
  return new ApiFailure('internal', 'Connecting to the desk failed.')
}

function deskProblem(error: unknown): string {
  return `The desk: ${error instanceof Error ? error.message : String(error)}`
}

/**
 * The desk's sync engine, as the services see it: connect and disconnect, share a document, sign
 * off and assign (editors), and each desk document's view. Local first: after every change to a
 * desk document in the library (the store's change listener) the member's review record is
 * recomputed and queued with history events, and the view shows the queued records at once.
 *
 * Its parts, one class on top of the other: the state it keeps (replica, outbox, records by
 * document) in desk-sync-state.ts, the loops over the server in desk-sync-loops.ts, sharing,
 * sign-offs and assignments in desk-sync-actions.ts; the files in desk-files.ts, the client in
 * desk-client.ts.
 */
import type { DeskDocumentView, DeskRole, DeskStatus } from '../../shared/desk/desk-types'
import { checkDeskUrl } from '../../shared/desk/desk-url'
import { enqueue, pending, type OutboxEntry } from '../../shared/desk/outbox'
import { type ReviewRecord } from '../../shared/desk/records'
import { reviewChanges, reviewRecordOf, sameReview } from '../../shared/desk/review-record'
import { StoredDocument } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import { deskProblem, toApiFailure } from './desk-failures'
import { membersOf } from './desk-record-index'
import { deskClient } from './desk-client'
import type { DeskEngine } from './desk-services'
import { emptyReplica, type DeskConnection } from './desk-files'

import { DeskSyncActions } from './desk-sync-actions'
import { MAX_REFUSALS_SHOWN, type DeskEngineOptions, type Session } from './desk-sync-state'

export type { DeskEngineOptions } from './desk-sync-state'

export class DeskSync extends DeskSyncActions implements DeskEngine {
  private constructor(options: DeskEngineOptions) {
    super(options)
  }

  /** Loads the replica and outbox; reconnects at once when the vault still has the password. */
  static async open(options: DeskEngineOptions): Promise<DeskSync> {
    const engine = new DeskSync(options)
    const { replica, outbox } = await engine.files.load()
    engine.replica = replica
    engine.outbox = outbox
    engine.records.rebuild(engine.replica.records)
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
      members: membersOf(this.replica)
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
        this.records.rebuild(this.replica.records)
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

  async documentView(documentId: string): Promise<DeskDocumentView | null> {
    const document = await this.options.store.peekDocument(documentId)
    if (!document?.desk) return null
    await this.work.catch(() => undefined)
    return this.viewOf(
      document.desk.deskDocId,
      document.claims.map((claim) => claim.id)
    )
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

  /**
   * A desk document changed in the library. Its review is recomputed once the store has been quiet
   * for a moment (a burst of tags shares one recomputation and one outbox write, so tagging costs
   * the same with a desk connected). A kill before then loses nothing: the library holds the change,
   * and connecting compares every desk document with what the desk has (reconcileLibrary).
   */
  private markChanged(documentId: string): void {
    this.changes.mark(documentId)
  }

  protected async flushChanged(ids: string[]): Promise<void> {
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
      : (this.records.of(deskDocId).reviews.get(desk.name) ?? null)
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

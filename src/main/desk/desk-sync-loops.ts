/**
 * The two loops over the server. Pull: `_changes` since the last sequence, with the documents and
 * their conflicts, long-polled once caught up; each record is checked before it is kept, and a
 * pulled article becomes a library document with exactly its claims and ids. Push: the outbox in
 * batches through `_bulk_docs`; a refusal is kept with the server's reason; the same member's two
 * machines are merged. Both back off while the server is away.
 */
import { enqueue, markRefused, pending, settle, type OutboxEntry } from '../../shared/desk/outbox'
import { ArticleRecord, parseDeskRecord, type DeskRecord, type ReviewRecord } from '../../shared/desk/records'
import { adoptOwnReview } from '../../shared/desk/adopt-own-review'
import { mergeReviews } from '../../shared/desk/review-record'
import { emptyAnnotations, SCHEMA_VERSION, StoredDocument } from '../../shared/model'
import { linkedController } from '../abortable'
import { DeskBadAnswer, DeskNotAllowed, DeskOffline, type DeskClient } from './desk-client'

import { DeskSyncState, PULL_BATCH, PUSH_BATCH, type Session } from './desk-sync-state'

export abstract class DeskSyncLoops extends DeskSyncState {
  protected async pushLoop(session: Session): Promise<void> {
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

  protected async settlePush(
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
  protected async resolveConflict(session: Session, entry: OutboxEntry): Promise<void> {
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

  protected async pullLoop(session: Session): Promise<void> {
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

  protected async applyPulled(
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
      if (parsed.record.type === 'review' && parsed.record.member === this.replica.desk?.name)
        await this.takeOwnReview(parsed.record)
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

  /** This member's review as their other machine left it, folded into this machine's document. */
  private async takeOwnReview(record: ReviewRecord): Promise<void> {
    const store = this.options.store
    const entry = store.index.documents.find((candidate) => candidate.desk?.deskDocId === record.deskDocId)
    if (!entry) return
    await store.changeDocument(
      entry.id,
      (document) => {
        const annotations = adoptOwnReview(document, document.annotations, record)
        return annotations === document.annotations ? document : { ...document, annotations }
      },
      { indexInBackground: true }
    )
  }

  protected async keepConflictNotes(
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
  protected async takeArticle(article: ArticleRecord): Promise<void> {
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
}

/**
 * What a member writes on the desk by hand, as against the review recomputed from their library:
 * sharing an article, and the editor's sign-offs and assignments. Each is checked here first (an
 * editor only, a claim of the document), queued in the outbox with its history event, and shown at
 * once; the server's rules check the same again.
 */
import type { DeskDocumentView } from '../../shared/desk/desk-types'
import { fingerprintsOf } from '../../shared/desk/desk-state'
import { enqueue } from '../../shared/desk/outbox'
import { ArticleRecord, type AssignmentRecord, type SignoffRecord } from '../../shared/desk/records'
import { StoredDocument, type LibraryEntry } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import { entryFor } from '../../shared/library/entry'
import type { DeskConnection } from './desk-files'
import { DeskSyncLoops } from './desk-sync-loops'

export abstract class DeskSyncActions extends DeskSyncLoops {
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

  protected requireDesk(): DeskConnection {
    const desk = this.replica.desk
    if (!desk || !this.session)
      throw new ApiFailure('unsupported', 'Connect to a desk first (the Desk button in the header).')
    return desk
  }

  protected async deskDocument(
    documentId: string
  ): Promise<StoredDocument & { desk: { deskDocId: string } }> {
    const document = await this.options.store.openDocument(documentId)
    if (!document.desk)
      throw new ApiFailure('not-found', 'This document is not on the desk; share it with the desk first.')
    return document as StoredDocument & { desk: { deskDocId: string } }
  }

  /** Library entries with their desk document's assignee. */
  decorate(entries: readonly LibraryEntry[]): LibraryEntry[] {
    return entries.map((entry) => {
      if (!entry.desk) return entry
      const assignee = this.records.of(entry.desk.deskDocId).assignment?.assignee ?? null
      return { ...entry, desk: { ...entry.desk, assignee } }
    })
  }
}

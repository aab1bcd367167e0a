/**
 * The library's memory of claims, kept in main: every reviewed claim of every document on the
 * shelf, and every published fact-check, each in a claim index. Built from the store on first use
 * (documents are read without being kept loaded), then kept current by the store's change
 * notifications: a saved document re-indexes only those of its reviewed claims whose words came,
 * went or changed, so a change costs the same in a library of ten documents or a thousand. The
 * index of reviewed claims lives behind a port (on a worker thread in the hosts); the build reads
 * one document at a time once the store is idle, and waits for the index to take each in.
 */
import { ClaimIndex } from '../../shared/claims'
import type { FactCheck } from '../../shared/fact-checks/fact-check'
import {
  noClaimMatches,
  reviewedClaims,
  type ClaimMatches,
  type ReviewedClaim
} from '../../shared/matching/claim-matches'
import type { StoredDocument } from '../../shared/model'
import { inThreadClaimIndex, type ReviewedClaimIndex } from './reviewed-claim-index'
import type { LibraryStore } from '../store/library-store'
import type { FactCheckStore } from '../store/fact-check-store'
import { Slices } from './slices'

/** The fact-checks' pseudo-document in their index. */
const FACT_CHECKS = 'fact-checks'
/** Matches shown per claim. */
const LIMIT = 3

export class ClaimMatcher {
  /** document id → its reviewed claims, by claim id (what the panel shows about them) */
  private readonly byDocument = new Map<string, Map<string, ReviewedClaim>>()
  private readonly published = new ClaimIndex()
  private readonly factChecks = new Map<string, FactCheck>()
  private built: Promise<void> | null = null
  /** While the build runs: the documents it has yet to read (it reads each as it is by then). */
  private unread = new Set<string>()
  /** Documents re-indexed from a change while the build ran: the build must leave them alone. */
  private readonly fresh = new Set<string>()

  constructor(
    private readonly store: LibraryStore,
    private readonly factCheckStore: FactCheckStore,
    private readonly reviewed: ReviewedClaimIndex = inThreadClaimIndex()
  ) {
    // Its worker stopped: the next lookup builds the index again from the store.
    reviewed.onLost(() => {
      this.byDocument.clear()
      this.built = null
    })
    store.onDocumentChanged((id, document) => {
      // Before the build, or before it reaches this document, the build will read it as it is.
      if (!this.built || this.unread.has(id)) return
      this.fresh.add(id)
      for (const _ of this.indexSteps(id, document));
    })
    factCheckStore.onChanged((factChecks) => this.indexFactChecks(factChecks))
  }

  /** How many reviewed claims are indexed (after the first build). */
  async reviewedCount(): Promise<number> {
    await this.ready()
    return this.reviewed.size()
  }

  /** What the library knows about each claim of `document`. */
  async matchesFor(document: StoredDocument): Promise<ClaimMatches> {
    await this.ready()
    const matches = noClaimMatches()
    const titles = new Map(this.store.index.documents.map((entry) => [entry.id, entry.title]))
    const texts = document.claims.map((claim) => document.text.slice(claim.start, claim.end))
    const found = await this.reviewed.findAll(texts, { excludeDocument: document.id, limit: LIMIT })
    const slices = new Slices(() => this.store.whenIdle())
    for (const [index, claim] of document.claims.entries()) {
      if (slices.due) await slices.pause()
      const text = texts[index] ?? ''
      const seen = (found[index] ?? []).flatMap(({ documentId, claimId, similarity }) => {
        const reviewed = this.byDocument.get(documentId)?.get(claimId)
        const title = titles.get(documentId)
        return reviewed && title !== undefined
          ? [{ documentId, claimId, title, status: reviewed.status, note: reviewed.note, similarity }]
          : []
      })
      if (seen.length > 0) matches.seenIn[claim.id] = seen
      const checked = this.published.find(text, { limit: LIMIT }).flatMap(({ claimId, similarity }) => {
        const factCheck = this.factChecks.get(claimId)
        return factCheck ? [{ factCheck, similarity }] : []
      })
      if (checked.length > 0) matches.factChecks[claim.id] = checked
    }
    return matches
  }

  /**
   * Which of `claims` (from any documents) say what a claim reviewed in another document on the
   * shelf says: the keys `documentId:claimId` of those seen elsewhere, for All claims.
   */
  async seenElsewhere(
    claims: readonly { documentId: string; claimId: string; text: string }[]
  ): Promise<Set<string>> {
    await this.ready()
    const seen = new Set<string>()
    if ((await this.reviewed.size()) === 0) return seen
    const shelf = new Set(this.store.index.documents.map((entry) => entry.id))
    // One lookup per document: a claim is never "seen" in its own document.
    const byDocument = new Map<string, (typeof claims)[number][]>()
    for (const claim of claims) {
      const group = byDocument.get(claim.documentId) ?? []
      group.push(claim)
      byDocument.set(claim.documentId, group)
    }
    for (const [documentId, group] of byDocument) {
      await this.store.whenIdle()
      const found = await this.reviewed.findAll(
        group.map((claim) => claim.text),
        { excludeDocument: documentId, limit: 1 }
      )
      group.forEach((claim, index) => {
        if (found[index]?.some((match) => shelf.has(match.documentId))) {
          seen.add(`${claim.documentId}:${claim.claimId}`)
        }
      })
    }
    return seen
  }

  private ready(): Promise<void> {
    this.built ??= this.build().catch((error: unknown) => {
      this.built = null
      throw error
    })
    return this.built
  }

  private async build(): Promise<void> {
    const ids = this.store.index.documents.map((entry) => entry.id)
    this.unread = new Set(ids)
    this.fresh.clear()
    try {
      this.indexFactChecks(await this.factCheckStore.list())
      const slices = new Slices(() => this.store.whenIdle())
      for (const id of ids) {
        await this.store.whenIdle()
        this.unread.delete(id)
        const document = await this.store.peekDocument(id, { inBackground: true })
        if (this.fresh.has(id)) continue
        for (const _ of this.indexSteps(id, document)) {
          if (!slices.due) continue
          await slices.pause()
          // A change re-indexed the document meanwhile, from where these steps had got to.
          if (this.fresh.has(id)) break
        }
        // The index takes the document in before the next is read: the build goes at the index's
        // pace, and a lookup never waits behind a whole library's claims.
        await this.reviewed.size()
      }
    } finally {
      this.unread.clear()
    }
  }

  /**
   * Brings a document's reviewed claims in the index up to date, one claim per step; a trashed or
   * deleted document has none. Only claims that came, went or say other words touch the index.
   * `byDocument` describes the index after every step, so a change may come between two.
   */
  private *indexSteps(id: string, document: StoredDocument | null): Generator<void> {
    const indexed = new Map(this.byDocument.get(id))
    this.byDocument.set(id, indexed)
    const claims = !document || document.trashedAt ? [] : reviewedClaims(document, document.annotations)
    const wanted = new Set(claims.map((claim) => claim.claimId))
    for (const claimId of [...indexed.keys()]) {
      if (wanted.has(claimId)) continue
      this.reviewed.remove({ documentId: id, claimId })
      indexed.delete(claimId)
      yield
    }
    for (const claim of claims) {
      const changed = indexed.get(claim.claimId)?.text !== claim.text
      if (changed) this.reviewed.add({ documentId: id, claimId: claim.claimId }, claim.text)
      indexed.set(claim.claimId, claim)
      if (changed) yield
    }
    if (indexed.size === 0) this.byDocument.delete(id)
  }

  private indexFactChecks(factChecks: readonly FactCheck[]): void {
    const kept = new Set(factChecks.map((factCheck) => factCheck.id))
    for (const id of this.factChecks.keys()) {
      if (!kept.has(id)) {
        this.published.remove({ documentId: FACT_CHECKS, claimId: id })
        this.factChecks.delete(id)
      }
    }
    for (const factCheck of factChecks) {
      if (this.factChecks.get(factCheck.id)?.claim !== factCheck.claim) {
        this.published.add({ documentId: FACT_CHECKS, claimId: factCheck.id }, factCheck.claim)
      }
      this.factChecks.set(factCheck.id, factCheck)
    }
  }
}

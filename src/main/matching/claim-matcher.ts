/**
 * The library's memory of claims, kept in main: every reviewed claim of every document on the
 * shelf, and every published fact-check, each in a claim index. Built from the store on first use
 * (documents are read without being kept loaded), then kept current by the store's change
 * notifications: a saved document re-indexes only its own reviewed claims.
 */
import { ClaimIndex } from '../../shared/claims/claim-index'
import type { FactCheck } from '../../shared/fact-checks/fact-check'
import {
  noClaimMatches,
  reviewedClaims,
  type ClaimMatches,
  type ReviewedClaim
} from '../../shared/matching/claim-matches'
import type { StoredDocument } from '../../shared/model'
import type { LibraryStore } from '../store/library-store'
import type { FactCheckStore } from '../store/fact-check-store'

/** The fact-checks' pseudo-document in their index. */
const FACT_CHECKS = 'fact-checks'
/** Matches shown per claim. */
const LIMIT = 3

export class ClaimMatcher {
  private readonly reviewed = new ClaimIndex()
  /** document id → its reviewed claims, by claim id (what the panel shows about them) */
  private readonly byDocument = new Map<string, Map<string, ReviewedClaim>>()
  private readonly published = new ClaimIndex()
  private readonly factChecks = new Map<string, FactCheck>()
  private built: Promise<void> | null = null
  /** Documents re-indexed from a change while the first build ran: the build must not overwrite them. */
  private readonly fresh = new Set<string>()

  constructor(
    private readonly store: LibraryStore,
    private readonly factCheckStore: FactCheckStore
  ) {
    store.onDocumentChanged((id, document) => {
      this.fresh.add(id)
      this.index(id, document)
    })
    factCheckStore.onChanged((factChecks) => this.indexFactChecks(factChecks))
  }

  /** How many reviewed claims are indexed (after the first build). */
  async reviewedCount(): Promise<number> {
    await this.ready()
    return this.reviewed.size
  }

  /** What the library knows about each claim of `document`. */
  async matchesFor(document: StoredDocument): Promise<ClaimMatches> {
    await this.ready()
    const matches = noClaimMatches()
    const titles = new Map(this.store.index.documents.map((entry) => [entry.id, entry.title]))
    for (const claim of document.claims) {
      const text = document.text.slice(claim.start, claim.end)
      const seen = this.reviewed
        .find(text, { excludeDocument: document.id, limit: LIMIT })
        .flatMap(({ documentId, claimId, similarity }) => {
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

  private ready(): Promise<void> {
    this.built ??= this.build().catch((error: unknown) => {
      this.built = null
      throw error
    })
    return this.built
  }

  private async build(): Promise<void> {
    this.indexFactChecks(await this.factCheckStore.list())
    for (const entry of this.store.index.documents) {
      if (this.fresh.has(entry.id)) continue
      const document = await this.store.peekDocument(entry.id)
      if (!this.fresh.has(entry.id)) this.index(entry.id, document)
    }
  }

  /** Replaces a document's reviewed claims in the index; a trashed or deleted document has none. */
  private index(id: string, document: StoredDocument | null): void {
    for (const claimId of this.byDocument.get(id)?.keys() ?? [])
      this.reviewed.remove({ documentId: id, claimId })
    this.byDocument.delete(id)
    if (!document || document.trashedAt) return
    const claims = reviewedClaims(document, document.annotations)
    if (claims.length === 0) return
    this.byDocument.set(id, new Map(claims.map((claim) => [claim.claimId, claim])))
    for (const claim of claims) this.reviewed.add({ documentId: id, claimId: claim.claimId }, claim.text)
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

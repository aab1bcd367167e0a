/**
 * What the library knows about the claims of one document: the same claim reviewed in another
 * document ("Seen in"), and published fact-checks of it. Found by the claim index (claim-index.ts).
 */
import type { Article, Annotations, ClaimStatus } from '../model'
import type { FactCheck } from '../fact-checks/fact-check'
import { claimPosition } from '../review/claim-lookup'

/** The same claim, reviewed in another document. */
export interface SeenIn {
  documentId: string
  claimId: string
  /** The other document's title. */
  title: string
  status: ClaimStatus | null
  note: string
  similarity: number
}

export interface FactCheckMatch {
  factCheck: FactCheck
  similarity: number
}

/** By claim id; claims with nothing found are left out. */
export interface ClaimMatches {
  seenIn: Record<string, SeenIn[]>
  factChecks: Record<string, FactCheckMatch[]>
}

export const noClaimMatches = (): ClaimMatches => ({ seenIn: {}, factChecks: {} })

/** A claim the reviewer has said something about, with the words it says. */
export interface ReviewedClaim {
  claimId: string
  text: string
  status: ClaimStatus | null
  note: string
}

/**
 * The claims of a document that have a status, a note or a source: what other documents are
 * matched against. A sentence marked "not a claim" is none of them, whatever it carries.
 */
export function reviewedClaims(
  article: Pick<Article, 'text' | 'claims'>,
  annotations: Annotations
): ReviewedClaim[] {
  // Walks the reviews, not the claims (a million words hold 80,000 claims, a review a few hundred
  // reviews): this runs on every saved change. Answered in reading order.
  const found: { position: number; claim: ReviewedClaim }[] = []
  for (const [claimId, review] of Object.entries(annotations.claims)) {
    if (review.status === 'not-a-claim') continue
    if (review.status === null && review.note.trim() === '' && review.sources.length === 0) continue
    const position = claimPosition(article.claims, claimId)
    const claim = position === null ? undefined : article.claims[position]
    if (position === null || !claim) continue
    const text = article.text.slice(claim.start, claim.end)
    found.push({ position, claim: { claimId, text, status: review.status, note: review.note } })
  }
  return found.sort((a, b) => a.position - b.position).map((entry) => entry.claim)
}

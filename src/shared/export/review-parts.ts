/**
 * What every exporter reads from a document the same way: the text of a claim, the reviews in
 * reading order, and the article's web address when it has one.
 */
import { reviewOf } from '../annotations/claim-review'
import type { ClaimAnalysis } from '../claims'
import type { Claim, ClaimReview, StoredDocument } from '../model'
import { isWebLink } from '../security/web-link'

export function claimText(document: StoredDocument, claim: Claim): string {
  return document.text.slice(claim.start, claim.end)
}

export interface ReviewedClaim {
  claim: Claim
  /** 1-based position of the claim in reading order. */
  position: number
  review: ClaimReview | undefined
}

/** Every claim in reading order with its review, if it has one. */
export function claimsInReadingOrder(document: StoredDocument): ReviewedClaim[] {
  return document.claims.map((claim, index) => ({
    claim,
    position: index + 1,
    review: reviewOf(document.annotations, claim.id)
  }))
}

/** The article's address on the web, or null for an imported file. */
export function webAddress(document: StoredDocument): string | null {
  return isWebLink(document.source) ? document.source : null
}

/**
 * What the exporters use of a claim's analysis. Passed in (the services compute it with
 * `analyzeArticle`), so an export's layout is tested apart from the scoring model.
 */
export type ClaimInsight = Pick<ClaimAnalysis, 'claimId' | 'kinds' | 'score'> & {
  quote: { speaker: string | null } | null
}

/**
 * What the library knows about the claims of one document: the same claim reviewed in another
 * document ("Seen in"), and published fact-checks of it. Found by the claim index (claim-index.ts).
 */
import type { Article, Annotations, ClaimStatus } from '../model'
import type { FactCheck } from '../fact-checks/fact-check'

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
  return article.claims.flatMap((claim) => {
    const review = Object.hasOwn(annotations.claims, claim.id) ? annotations.claims[claim.id] : undefined
    if (!review || review.status === 'not-a-claim') return []
    if (review.status === null && review.note.trim() === '' && review.sources.length === 0) return []
    return [
      {
        claimId: claim.id,
        text: article.text.slice(claim.start, claim.end),
        status: review.status,
        note: review.note
      }
    ]
  })
}

/** One claim's review: created on first touch, dropped again once it says nothing. */
import { ApiFailure } from '../result'
import type { Annotations, Article, Claim, ClaimReview } from '../model'
import { targetFor } from './selectors'

/** The review of one claim, if it has one. Own keys only: a lookup never finds `toString`. */
export function reviewOf(annotations: Annotations, claimId: string): ClaimReview | undefined {
  return Object.hasOwn(annotations.claims, claimId) ? annotations.claims[claimId] : undefined
}

function claimOf(article: Article, claimId: string): Claim {
  const claim = article.claims.find((candidate) => candidate.id === claimId)
  if (!claim) throw new ApiFailure('not-found', `This document has no claim "${claimId}".`)
  return claim
}

export function reviewFor(
  article: Article,
  annotations: Annotations,
  claimId: string,
  now: string
): ClaimReview {
  const existing = reviewOf(annotations, claimId)
  if (existing) return existing
  const claim = claimOf(article, claimId)
  return {
    claimId,
    target: targetFor(article.text, claim.start, claim.end),
    status: null,
    note: '',
    sources: [],
    tags: [],
    history: [],
    updatedAt: now
  }
}

/** A review that says nothing is dropped, so the file holds only what the user wrote. */
export function isEmptyReview(review: ClaimReview): boolean {
  return (
    review.status === null &&
    review.note === '' &&
    review.sources.length === 0 &&
    review.tags.length === 0 &&
    review.history.length === 0
  )
}

export function withReview(annotations: Annotations, review: ClaimReview): Annotations {
  const claims = { ...annotations.claims }
  if (isEmptyReview(review)) delete claims[review.claimId]
  else claims[review.claimId] = review
  return { ...annotations, claims }
}

/**
 * Puts back a snapshot (or its absence) as it was: the basis of undo and redo. The snapshot's
 * place is the claim's own; its quote is taken from the text, never from the caller.
 */
export function restoreReview(
  article: Article,
  annotations: Annotations,
  claimId: string,
  review: ClaimReview | null
): Annotations {
  const claim = claimOf(article, claimId)
  const claims = { ...annotations.claims }
  if (review)
    claims[claimId] = { ...review, claimId, target: targetFor(article.text, claim.start, claim.end) }
  else delete claims[claimId]
  return { ...annotations, claims }
}

/** Tags as the user means them: trimmed, no empties, no case-insensitive duplicates. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ')
    const key = tag.toLowerCase()
    if (!tag || seen.has(key)) continue
    seen.add(key)
    result.push(tag)
  }
  return result
}

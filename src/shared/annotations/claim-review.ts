/** One claim's review: created on first touch, dropped again once it says nothing. */
import { ApiFailure } from '../result'
import type { Annotations, Article, ClaimReview } from '../model'
import { targetFor } from './selectors'

export function reviewFor(
  article: Article,
  annotations: Annotations,
  claimId: string,
  now: string
): ClaimReview {
  const existing = annotations.claims[claimId]
  if (existing) return existing
  const claim = article.claims.find((candidate) => candidate.id === claimId)
  if (!claim) throw new ApiFailure('not-found', `This document has no claim "${claimId}".`)
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

/** Puts back a snapshot (or its absence) exactly as it was: the basis of undo and redo. */
export function restoreReview(
  article: Article,
  annotations: Annotations,
  claimId: string,
  review: ClaimReview | null
): Annotations {
  if (!article.claims.some((claim) => claim.id === claimId)) {
    throw new ApiFailure('not-found', `This document has no claim "${claimId}".`)
  }
  const claims = { ...annotations.claims }
  if (review) claims[claimId] = { ...review, claimId }
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

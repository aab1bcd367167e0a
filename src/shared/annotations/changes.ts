/**
 * Annotation changes as data, and the pure transition that applies them. Main applies them to the
 * stored document; the renderer applies the same function optimistically, so both agree.
 */
import { ApiFailure, missingCase } from '../result'
import type { Annotations, Article, ClaimReview } from '../model'
import type { AnnotationChange } from './change-schema'

export type { AnnotationChange } from './change-schema'
import { targetFor } from './selectors'

function reviewFor(article: Article, annotations: Annotations, claimId: string, now: string): ClaimReview {
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
function isEmptyReview(review: ClaimReview): boolean {
  return (
    review.status === null &&
    review.note === '' &&
    review.sources.length === 0 &&
    review.tags.length === 0 &&
    review.history.length === 0
  )
}

function withReview(annotations: Annotations, review: ClaimReview): Annotations {
  const claims = { ...annotations.claims }
  if (isEmptyReview(review)) delete claims[review.claimId]
  else claims[review.claimId] = review
  return { ...annotations, claims }
}

/** Returns the annotations after `change`; the input is not modified. */
export function applyChange(
  article: Article,
  annotations: Annotations,
  change: AnnotationChange,
  now: string
): Annotations {
  switch (change.kind) {
    case 'set-status': {
      const review = reviewFor(article, annotations, change.claimId, now)
      if (review.status === change.status) return annotations
      return withReview(annotations, {
        ...review,
        status: change.status,
        history: [...review.history, { at: now, from: review.status, to: change.status }],
        updatedAt: now
      })
    }
    case 'set-note': {
      const review = reviewFor(article, annotations, change.claimId, now)
      if (review.note === change.note) return annotations
      return withReview(annotations, { ...review, note: change.note, updatedAt: now })
    }
    default:
      return missingCase(change)
  }
}

/**
 * Annotation changes as data, and the pure transition that applies them. Main applies them to the
 * stored document; the renderer applies the same function optimistically, so both agree.
 */
import { ApiFailure, missingCase } from '../result'
import type { Annotations, Article } from '../model'
import type { AnnotationChange } from './change-schema'
import { MAX_SOURCES } from './limits'
import { normalizeTags, restoreReview, reviewFor, withReview } from './claim-review'
import { addHighlight, editHighlight, removeHighlight, restoreHighlight } from './highlight-changes'
import { editSource } from './source-changes'
import { reattachOrphan, removeOrphan, restoreOrphan } from './orphan-changes'

export type { AnnotationChange } from './change-schema'

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
    case 'add-source': {
      const review = reviewFor(article, annotations, change.claimId, now)
      if (review.sources.some((source) => source.id === change.source.id)) return annotations
      if (review.sources.length >= MAX_SOURCES) {
        throw new ApiFailure('invalid-input', `A claim can have at most ${MAX_SOURCES} sources.`)
      }
      return withReview(annotations, {
        ...review,
        sources: [...review.sources, change.source],
        updatedAt: now
      })
    }
    case 'remove-source': {
      const review = reviewFor(article, annotations, change.claimId, now)
      const sources = review.sources.filter((source) => source.id !== change.sourceId)
      if (sources.length === review.sources.length) return annotations
      return withReview(annotations, { ...review, sources, updatedAt: now })
    }
    case 'edit-source':
      return editSource(article, annotations, change.claimId, change.source, now)
    case 'set-tags': {
      const review = reviewFor(article, annotations, change.claimId, now)
      const tags = normalizeTags(change.tags)
      if (tags.join('\n') === review.tags.join('\n')) return annotations
      return withReview(annotations, { ...review, tags, updatedAt: now })
    }
    case 'add-highlight':
      return addHighlight(article, annotations, change, now)
    case 'edit-highlight':
      return editHighlight(annotations, change.highlightId, change)
    case 'remove-highlight':
      return removeHighlight(annotations, change.highlightId)
    case 'restore-claim':
      return restoreReview(article, annotations, change.claimId, change.review)
    case 'restore-highlight':
      return restoreHighlight(article, annotations, change.highlightId, change.highlight)
    case 'reattach-orphan':
      return reattachOrphan(article, annotations, change.orphanId, change.place, now)
    case 'remove-orphan':
      return removeOrphan(annotations, change.orphanId)
    case 'restore-orphan':
      return restoreOrphan(annotations, change.orphanId, change.orphan)
    case 'restore-all':
      return change.changes.reduce(
        (current, restore) => applyChange(article, current, restore, now),
        annotations
      )
    default:
      return missingCase(change)
  }
}

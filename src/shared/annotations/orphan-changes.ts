/**
 * Orphans — reviews and highlights a new version of the text had no place for — as annotation
 * changes like any other: re-attached to a claim or a span, deleted, or put back by undo.
 */
import type { Annotations, Article, Orphan } from '../model'
import { ApiFailure } from '../result'
import type { OrphanPlace } from './change-schema'
import { reviewOf } from './claim-review'
import { addHighlight } from './highlight-changes'
import { targetFor } from './selectors'
import type { z } from 'zod'

type Place = z.infer<typeof OrphanPlace>

export function orphanOf(annotations: Annotations, orphanId: string): Orphan | undefined {
  return annotations.orphans?.find((orphan) => orphan.id === orphanId)
}

function withOrphans(annotations: Annotations, orphans: Orphan[]): Annotations {
  const { orphans: _previous, ...rest } = annotations
  return orphans.length ? { ...rest, orphans } : rest
}

function existing(annotations: Annotations, orphanId: string): Orphan {
  const orphan = orphanOf(annotations, orphanId)
  if (!orphan) throw new ApiFailure('not-found', 'That orphaned annotation is no longer there.')
  return orphan
}

export function reattachOrphan(
  article: Article,
  annotations: Annotations,
  orphanId: string,
  place: Place,
  now: string
): Annotations {
  const orphan = existing(annotations, orphanId)
  const others = withOrphans(
    annotations,
    (annotations.orphans ?? []).filter((candidate) => candidate !== orphan)
  )
  const { annotation } = orphan
  if (annotation.kind === 'highlight') {
    if (!('start' in place))
      throw new ApiFailure('invalid-input', 'Select the text to attach this highlight to.')
    const { id, color, note } = annotation.highlight
    const placed = addHighlight(
      article,
      others,
      { highlightId: id, start: place.start, end: place.end, color, note },
      now
    )
    // It keeps the time it was first made.
    return {
      ...placed,
      highlights: placed.highlights.map((highlight) =>
        highlight.id === id ? { ...highlight, createdAt: annotation.highlight.createdAt } : highlight
      )
    }
  }
  if (!('claimId' in place)) throw new ApiFailure('invalid-input', 'Select a claim to attach this review to.')
  const claim = article.claims.find((candidate) => candidate.id === place.claimId)
  if (!claim) throw new ApiFailure('not-found', `This document has no claim "${place.claimId}".`)
  if (reviewOf(annotations, claim.id)) {
    throw new ApiFailure('invalid-input', 'That claim already has a review; choose another claim.')
  }
  const review = {
    ...annotation.review,
    claimId: claim.id,
    target: targetFor(article.text, claim.start, claim.end)
  }
  return { ...others, claims: { ...others.claims, [claim.id]: review } }
}

export function removeOrphan(annotations: Annotations, orphanId: string): Annotations {
  const orphan = existing(annotations, orphanId)
  return withOrphans(
    annotations,
    (annotations.orphans ?? []).filter((candidate) => candidate !== orphan)
  )
}

/** Puts back a snapshot of one orphan, or removes it when the snapshot is its absence. */
export function restoreOrphan(
  annotations: Annotations,
  orphanId: string,
  orphan: Orphan | null
): Annotations {
  const others = (annotations.orphans ?? []).filter((candidate) => candidate.id !== orphanId)
  const restored = orphan ? [...others, { ...orphan, id: orphanId }] : others
  restored.sort((a, b) => a.orphanedAt.localeCompare(b.orphanedAt))
  return withOrphans(annotations, restored)
}

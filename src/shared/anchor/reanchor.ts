/**
 * Carries a document's annotations over to a new version of its text. Each claim review and
 * highlight is re-anchored by its quote; a review lands on the new claim its quote overlaps most.
 * Whatever finds no place becomes an orphan, kept whole with its note and status. Earlier orphans
 * get another chance, so a passage that comes back brings its annotations back.
 */
import { targetFor } from '../annotations/selectors'
import type { Annotations, Article, Claim, ClaimReview, Highlight, Orphan } from '../model'
import { matchQuote } from './match-quote'
import { reviewOf } from '../annotations/claim-review'

export interface Reanchored {
  /** The placed annotations, with what found no place in `orphans`. */
  annotations: Annotations
  /** Annotations placed in the new text (including earlier orphans that found a place again). */
  placed: number
  /** Annotations that found no place this time. */
  orphaned: number
}

/** The claim sharing the most characters with [start, end), if it shares at least half of it. */
export function claimOverlapping(claims: Claim[], start: number, end: number): Claim | null {
  let best: Claim | null = null
  let bestOverlap = 0
  for (const claim of claims) {
    if (claim.start >= end) break
    const overlap = Math.min(claim.end, end) - Math.max(claim.start, start)
    if (overlap > bestOverlap) {
      best = claim
      bestOverlap = overlap
    }
  }
  return bestOverlap * 2 >= end - start ? best : null
}

type Candidate =
  | { kind: 'claim'; review: ClaimReview; orphan?: Orphan }
  | { kind: 'highlight'; highlight: Highlight; orphan?: Orphan }

function candidatesOf(annotations: Annotations, orphans: Orphan[]): Candidate[] {
  const live: Candidate[] = [
    ...Object.values(annotations.claims).map((review) => ({ kind: 'claim' as const, review })),
    ...annotations.highlights.map((highlight) => ({ kind: 'highlight' as const, highlight }))
  ]
  const old: Candidate[] = orphans.map((orphan) =>
    orphan.annotation.kind === 'claim'
      ? { kind: 'claim', review: orphan.annotation.review, orphan }
      : { kind: 'highlight', highlight: orphan.annotation.highlight, orphan }
  )
  return [...live, ...old]
}

export function reanchorAnnotations(
  previous: { annotations: Annotations },
  article: Article,
  now: string
): Reanchored {
  const annotations: Annotations = { claims: {}, highlights: [] }
  const earlierOrphans = previous.annotations.orphans ?? []
  const orphans: Orphan[] = []
  let placed = 0
  let nextOrphan = earlierOrphans.length + 1
  const orphan = (candidate: Candidate): void => {
    if (candidate.orphan) return void orphans.push(candidate.orphan)
    const id = `o${nextOrphan++}-${now.replace(/\D/g, '')}`
    orphans.push(
      candidate.kind === 'claim'
        ? { id, orphanedAt: now, annotation: { kind: 'claim', review: candidate.review } }
        : { id, orphanedAt: now, annotation: { kind: 'highlight', highlight: candidate.highlight } }
    )
  }

  for (const candidate of candidatesOf(previous.annotations, earlierOrphans)) {
    const target = candidate.kind === 'claim' ? candidate.review.target : candidate.highlight.target
    const match = matchQuote(article.text, target.quote, target.position.start)
    if (!match) {
      orphan(candidate)
      continue
    }
    if (candidate.kind === 'highlight') {
      const moved = { ...candidate.highlight, target: targetFor(article.text, match.start, match.end) }
      annotations.highlights.push(moved)
      placed++
      continue
    }
    const claim = claimOverlapping(article.claims, match.start, match.end)
    if (!claim || reviewOf(annotations, claim.id)) {
      orphan(candidate)
      continue
    }
    annotations.claims[claim.id] = {
      ...candidate.review,
      claimId: claim.id,
      target: targetFor(article.text, claim.start, claim.end)
    }
    placed++
  }
  annotations.highlights.sort((a, b) => a.target.position.start - b.target.position.start)
  if (orphans.length) annotations.orphans = orphans
  return { annotations, placed, orphaned: orphans.length }
}

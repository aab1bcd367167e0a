/**
 * Finding a claim by id, or by where it sits in the text, without scanning every claim: one index
 * per claims array, built on first use and kept as long as that array lives. Claims are sentences,
 * so they do not overlap; the index orders them by start.
 */
import type { Claim } from '../model'

interface ClaimIndex {
  /** Each claim's place in the array. */
  positionById: Map<string, number>
  byStart: Claim[]
}

const indexes = new WeakMap<readonly Claim[], ClaimIndex>()

function indexOf(claims: readonly Claim[]): ClaimIndex {
  let index = indexes.get(claims)
  if (!index) {
    index = {
      positionById: new Map(claims.map((claim, position) => [claim.id, position])),
      byStart: [...claims].sort((a, b) => a.start - b.start)
    }
    indexes.set(claims, index)
  }
  return index
}

/** Builds the index for `claims` now, if it is not built yet: a long article's takes a while. */
export function prepareClaimIndex(claims: readonly Claim[]): void {
  indexOf(claims)
}

/** The claim with this id, or null (also for a null id). */
export function claimById(claims: readonly Claim[], id: string | null | undefined): Claim | null {
  const position = claimPosition(claims, id)
  return position === null ? null : (claims[position] ?? null)
}

/** Where the claim with this id is in `claims` (0 for the first), or null when it is not there. */
export function claimPosition(claims: readonly Claim[], id: string | null | undefined): number | null {
  return id == null ? null : (indexOf(claims).positionById.get(id) ?? null)
}

/**
 * The first claim that overlaps the span [start, end): the claim a highlight or a search hit
 * belongs to. An empty span asks for the claim holding `start`.
 */
export function claimAt(claims: readonly Claim[], span: { start: number; end: number }): Claim | null {
  const { byStart } = indexOf(claims)
  const end = Math.max(span.end, span.start + 1)
  // The first claim that ends after the span starts…
  let low = 0
  let high = byStart.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((byStart[middle]?.end ?? 0) > span.start) high = middle
    else low = middle + 1
  }
  // …overlaps it if it also starts before the span ends.
  const claim = byStart[low]
  return claim && claim.start < end ? claim : null
}

/** The claim that holds the whole span, if one does. */
export function claimAround(claims: readonly Claim[], span: { start: number; end: number }): Claim | null {
  const claim = claimAt(claims, span)
  return claim && claim.start <= span.start && claim.end >= span.end ? claim : null
}

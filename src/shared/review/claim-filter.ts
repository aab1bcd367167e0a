/** Filters over claims: by status, tag, whether a note was written, and the claim's kind. */
import { isCheckWorthy } from '../claims/check-worthy'
import type { ClaimAnalysis, ClaimKind } from '../claims'
import type { Annotations, Claim, ClaimStatus } from '../model'
import { reviewOf } from '../annotations/claim-review'

export interface ClaimFilter {
  status: ClaimStatus | 'unreviewed' | 'any'
  tag: string | null
  hasNote: boolean
  /** A kind from the claims engine, or every claim it scores as check-worthy. */
  kind: ClaimKind | 'check-worthy' | 'any'
}

/** The claims engine's reading of each claim, by claim id. */
export type ClaimKinds = ReadonlyMap<string, Pick<ClaimAnalysis, 'kinds' | 'score'>>

export const noFilter: ClaimFilter = { status: 'any', tag: null, hasNote: false, kind: 'any' }

export function isFiltering(filter: ClaimFilter): boolean {
  return filter.status !== 'any' || filter.tag !== null || filter.hasNote || filter.kind !== 'any'
}

function kindMatches(claimId: string, kinds: ClaimKinds, kind: ClaimFilter['kind']): boolean {
  if (kind === 'any') return true
  const analysis = kinds.get(claimId)
  if (!analysis) return false
  return kind === 'check-worthy' ? isCheckWorthy(analysis) : analysis.kinds.includes(kind)
}

export function claimMatches(
  claimId: string,
  annotations: Annotations,
  filter: ClaimFilter,
  kinds: ClaimKinds = new Map()
): boolean {
  if (!kindMatches(claimId, kinds, filter.kind)) return false
  const review = reviewOf(annotations, claimId)
  const status = review?.status ?? null
  if (
    filter.status === 'unreviewed' ? status !== null : filter.status !== 'any' && status !== filter.status
  ) {
    return false
  }
  if (filter.tag !== null && !review?.tags.some((tag) => tag.toLowerCase() === filter.tag?.toLowerCase())) {
    return false
  }
  if (filter.hasNote && !review?.note.trim()) return false
  return true
}

export function matchingClaims(
  claims: readonly Claim[],
  annotations: Annotations,
  filter: ClaimFilter,
  kinds: ClaimKinds = new Map()
): Claim[] {
  return isFiltering(filter)
    ? claims.filter((claim) => claimMatches(claim.id, annotations, filter, kinds))
    : [...claims]
}

/** Tags used anywhere in the document, most used first: suggestions for the tag field. */
export function tagsInUse(annotations: Annotations): string[] {
  const counts = new Map<string, { tag: string; count: number }>()
  for (const review of Object.values(annotations.claims)) {
    for (const tag of review.tags) {
      const key = tag.toLowerCase()
      const known = counts.get(key)
      counts.set(key, { tag: known?.tag ?? tag, count: (known?.count ?? 0) + 1 })
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
    .map((entry) => entry.tag)
}

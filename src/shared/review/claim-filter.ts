/** Filters over claims: by status, tag and whether a note was written. */
import type { Annotations, Claim, ClaimStatus } from '../model'

export interface ClaimFilter {
  status: ClaimStatus | 'unreviewed' | 'any'
  tag: string | null
  hasNote: boolean
}

export const noFilter: ClaimFilter = { status: 'any', tag: null, hasNote: false }

export function isFiltering(filter: ClaimFilter): boolean {
  return filter.status !== 'any' || filter.tag !== null || filter.hasNote
}

export function claimMatches(claimId: string, annotations: Annotations, filter: ClaimFilter): boolean {
  const review = annotations.claims[claimId]
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
  filter: ClaimFilter
): Claim[] {
  return isFiltering(filter)
    ? claims.filter((claim) => claimMatches(claim.id, annotations, filter))
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

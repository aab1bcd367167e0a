/**
 * Filters over claims: by status, tag, whether a note was written, the claim's kind, and what the
 * library knows of it (reviewed in another document, or checked by a published fact-check).
 */
import { isCheckWorthy } from '../claims'
import type { ClaimAnalysis, ClaimKind } from '../claims'
import type { Annotations, Claim, ClaimStatus } from '../model'
import { reviewOf } from '../annotations/claim-review'
import { claimById } from './claim-lookup'

export interface ClaimFilter {
  status: ClaimStatus | 'unreviewed' | 'any'
  tag: string | null
  hasNote: boolean
  /** A kind from the claims engine, or every claim it scores as check-worthy. */
  kind: ClaimKind | 'check-worthy' | 'any'
  /** Only claims already reviewed in another document. */
  seenElsewhere: boolean
  /** Only claims with a published fact-check. */
  factChecked: boolean
}

/** The claims of this document that the library has met before, by claim id (see claim-matches.ts). */
export interface LibraryFindings {
  seenElsewhere: ReadonlySet<string>
  factChecked: ReadonlySet<string>
}

export const noFindings: LibraryFindings = { seenElsewhere: new Set(), factChecked: new Set() }

/** The claims engine's reading of each claim, by claim id. */
export type ClaimKinds = ReadonlyMap<string, Pick<ClaimAnalysis, 'kinds' | 'score'>>

export const noFilter: ClaimFilter = {
  status: 'any',
  tag: null,
  hasNote: false,
  kind: 'any',
  seenElsewhere: false,
  factChecked: false
}

export function isFiltering(filter: ClaimFilter): boolean {
  return (
    filter.status !== 'any' ||
    filter.tag !== null ||
    filter.hasNote ||
    filter.kind !== 'any' ||
    filter.seenElsewhere ||
    filter.factChecked
  )
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
  kinds: ClaimKinds = new Map(),
  findings: LibraryFindings = noFindings
): boolean {
  if (!kindMatches(claimId, kinds, filter.kind)) return false
  if (filter.seenElsewhere && !findings.seenElsewhere.has(claimId)) return false
  if (filter.factChecked && !findings.factChecked.has(claimId)) return false
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
  kinds: ClaimKinds = new Map(),
  findings: LibraryFindings = noFindings
): Claim[] {
  return isFiltering(filter)
    ? claims.filter((claim) => claimMatches(claim.id, annotations, filter, kinds, findings))
    : [...claims]
}

/** The claims whose review is not the same object in `after` as in `before` (added, changed or gone). */
export function changedReviews(before: Annotations, after: Annotations): string[] {
  if (before.claims === after.claims) return []
  const changed: string[] = []
  for (const [claimId, review] of Object.entries(after.claims)) {
    if (reviewOf(before, claimId) !== review) changed.push(claimId)
  }
  for (const claimId of Object.keys(before.claims)) {
    if (!Object.hasOwn(after.claims, claimId)) changed.push(claimId)
  }
  return changed
}

/** The ids of the claims a filter lets through, and the annotations they were worked out on. */
export interface Matching {
  annotations: Annotations
  ids: Set<string>
}

/**
 * The claims that pass `filter` after a change to the annotations, from `earlier` (worked out for
 * the same claims, filter and kinds): only the claims whose review changed are looked at again, so
 * tagging one claim of a long article does not re-filter all of them.
 */
export function updateMatching(
  claims: readonly Claim[],
  earlier: Matching,
  annotations: Annotations,
  filter: ClaimFilter,
  kinds: ClaimKinds = new Map(),
  findings: LibraryFindings = noFindings
): Matching {
  const passes = (claimId: string) =>
    Boolean(claimById(claims, claimId)) && claimMatches(claimId, annotations, filter, kinds, findings)
  // Only a claim that comes in or goes out makes a new set: copying a long article's set of
  // matching claims for a change that moves none of them cost as much as filtering afresh.
  const moved = changedReviews(earlier.annotations, annotations).filter(
    (claimId) => passes(claimId) !== earlier.ids.has(claimId)
  )
  if (moved.length === 0) return { annotations, ids: earlier.ids }
  const ids = new Set(earlier.ids)
  for (const claimId of moved) {
    if (ids.has(claimId)) ids.delete(claimId)
    else ids.add(claimId)
  }
  return { annotations, ids }
}

/** The last answer for each claims array, with the filter and kinds it was for. */
const lastMatching = new WeakMap<
  readonly Claim[],
  { filter: ClaimFilter; kinds: ClaimKinds; findings: LibraryFindings; matching: Matching }
>()

/**
 * The ids of the claims that pass `filter`. Asked again for the same claims, filter and kinds after
 * a change, it re-checks only the claims whose review changed (see `updateMatching`).
 */
export function matchingIds(
  claims: readonly Claim[],
  annotations: Annotations,
  filter: ClaimFilter,
  kinds: ClaimKinds,
  findings: LibraryFindings = noFindings
): Set<string> {
  const last = lastMatching.get(claims)
  const matching =
    last && last.filter === filter && last.kinds === kinds && last.findings === findings
      ? updateMatching(claims, last.matching, annotations, filter, kinds, findings)
      : {
          annotations,
          ids: new Set(matchingClaims(claims, annotations, filter, kinds, findings).map((claim) => claim.id))
        }
  lastMatching.set(claims, { filter, kinds, findings, matching })
  return matching.ids
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

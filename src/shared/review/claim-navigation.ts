/** Moving between claims with j/k (and J/K for the next claim without a status). */
import type { Annotations, Claim } from '../model'
import { reviewOf } from '../annotations/claim-review'

export type Direction = 1 | -1

/**
 * The claim after (or before) `currentId` among `claims`; with no current claim, the first (or
 * last). Stays put at either end rather than wrapping, so a reviewer knows they reached it.
 */
export function stepClaim(
  claims: readonly Claim[],
  currentId: string | null,
  direction: Direction
): Claim | null {
  if (claims.length === 0) return null
  const index = currentId === null ? -1 : claims.findIndex((claim) => claim.id === currentId)
  if (index === -1) return (direction === 1 ? claims[0] : claims.at(-1)) ?? null
  return claims[Math.min(claims.length - 1, Math.max(0, index + direction))] ?? null
}

/** The next claim in `direction` that has no status yet, wrapping around; null when all have one. */
export function stepUnreviewed(
  claims: readonly Claim[],
  annotations: Annotations,
  currentId: string | null,
  direction: Direction
): Claim | null {
  const count = claims.length
  const index =
    currentId === null ? (direction === 1 ? -1 : count) : claims.findIndex((claim) => claim.id === currentId)
  for (let step = 1; step <= count; step++) {
    const claim = claims[(((index + direction * step) % count) + count) % count]
    if (claim && !reviewOf(annotations, claim.id)?.status) return claim
  }
  return null
}

/**
 * Arithmetic the article invites: relations it states between its own figures, recomputed with
 * the working shown. Three relations are checked — a total against a stated rate, a percentage
 * change against the figures it compares, a part against a stated share. Anything that cannot be
 * matched with confidence yields nothing: a false alarm is worse than silence.
 */
import { checkChanges } from './change-checks'
import type { CheckableClaim, NumberCheck } from './number-check-types'
import { checkRates } from './rate-checks'
import { checkShares } from './share-checks'

export type { CheckableClaim, NumberCheck } from './number-check-types'

/** Every check in `claims` (in article order), in the order their last claim appears. */
export function findNumberChecks(claims: CheckableClaim[]): NumberCheck[] {
  const checks: NumberCheck[] = []
  claims.forEach((claim, index) => {
    if (claim.numbers.length === 0) return
    checks.push(...checkRates(claim), ...checkChanges(claims, index), ...checkShares(claim))
  })
  return checks
}

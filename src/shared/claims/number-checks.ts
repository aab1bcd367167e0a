/**
 * Arithmetic the article invites: relations it states between its own figures, recomputed with
 * the working shown. Three relations are checked — a total against a stated rate, a percentage
 * change against the figures it compares, a part against a stated share. Anything that cannot be
 * matched with confidence yields nothing: a false alarm is worse than silence.
 */
import { checkChanges } from './change-checks'
import { checkRates, type CheckableClaim } from './rate-checks'
import { checkShares } from './share-checks'
import type { Verdict } from './verdict'

export type { CheckableClaim } from './rate-checks'

export interface NumberCheck {
  /** The claims whose figures are related, in article order. */
  claimIds: string[]
  /** The relation in the article's words, e.g. "13,897 missiles over 2024 is stated as 38 per day". */
  statement: string
  /** The arithmetic, e.g. "13,897 ÷ 366 days = 37.97 per day; stated 38 (matches as stated)". */
  working: string
  verdict: Verdict
  /** For `approximately`: the relative difference allowed (0.05 = 5%). */
  tolerance?: number
}

/** Every check in `claims` (in article order), in the order their last claim appears. */
export function findNumberChecks(claims: CheckableClaim[]): NumberCheck[] {
  const checks: NumberCheck[] = []
  claims.forEach((claim, index) => {
    if (claim.numbers.length === 0) return
    checks.push(...checkRates(claim), ...checkChanges(claims, index), ...checkShares(claim))
  })
  return checks
}

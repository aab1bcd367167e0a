/**
 * The hand-weighted check-worthiness score Claimcheck used before the learned model (kept here only
 * as the baseline the benchmark and the evaluation compare with).
 *
 * Check-worthiness: how much a claim rewards checking, from 0 to 1. Every claim starts at 0.1;
 * what can be checked against a source adds to it, value-laden wording takes a little away:
 *   numeric      +0.35  (+0.1 more with two numbers or more: they may be checked against each other)
 *   quote        +0.25  (+0.05 more when the speaker is known: the quote can be looked up)
 *   attribution  +0.15  (a named source to consult)
 *   comparison   +0.15
 *   causal       +0.10
 *   opinion      −0.10  (argued rather than checked)
 * The sum is clamped to 0..1 and rounded to two decimals.
 */
import type { ClaimKind } from '../../src/shared/claims/kinds'

const weights: Record<ClaimKind, number> = {
  numeric: 0.35,
  date: 0,
  quote: 0.25,
  attribution: 0.15,
  comparison: 0.15,
  causal: 0.1,
  opinion: -0.1
}

export function handWeightedScore(
  kinds: readonly ClaimKind[],
  numberCount: number,
  hasSpeaker: boolean
): number {
  let score = 0.1
  for (const kind of kinds) score += weights[kind]
  if (numberCount >= 2) score += 0.1
  if (hasSpeaker) score += 0.05
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100
}

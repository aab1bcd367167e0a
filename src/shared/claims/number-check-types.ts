/**
 * The types the three arithmetic checks (rates, changes, shares) and their runner share: kept apart
 * so that each check can name them without importing the runner that imports it.
 */
import type { ParsedNumber } from './numbers'
import type { Verdict } from './verdict'

export interface CheckableClaim {
  claimId: string
  text: string
  /** Index of the block the claim is in: related figures are sought within one block. */
  block: number
  numbers: ParsedNumber[]
}

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

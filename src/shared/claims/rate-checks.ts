/**
 * A total over a period against the rate the same sentence states: "13,897 … in 2024, averaging
 * 38 per day" → 13,897 ÷ 366 = 37.97. Only a claim naming exactly one period (a calendar year, or
 * "a year", "first year") and one total before the rate is checked; anything vaguer is left alone.
 */
import type { NumberCheck } from './number-checks'
import type { ParsedNumber } from './numbers'
import { formatNumber, judge } from './verdict'

export interface CheckableClaim {
  claimId: string
  text: string
  /** Index of the block the claim is in: related figures are sought within one block. */
  block: number
  numbers: ParsedNumber[]
}

interface Period {
  label: string
  days: number
}

const perUnitDays: Record<string, number> = { 'per day': 1, 'per week': 7 }

export function checkRates(claim: CheckableClaim): NumberCheck[] {
  const checks: NumberCheck[] = []
  const period = periodOf(claim.text)
  if (!period) return checks
  claim.numbers.forEach((rate, index) => {
    const unitDays = perUnitDays[rate.unit ?? '']
    if (unitDays === undefined) return
    const totals = claim.numbers
      .slice(0, index)
      .filter((number) => !number.unit?.startsWith('per ') && number.unit !== '%')
    const total = totals.length === 1 ? totals[0] : undefined
    if (!total) return
    const computed = (total.value / period.days) * unitDays
    const judgement = judge(computed, rate.value, rate.text)
    const perUnit = rate.unit ?? ''
    checks.push({
      claimIds: [claim.claimId],
      statement: `${total.text} over ${period.label} is stated as ${rate.text}`,
      working:
        `${formatNumber(total.value)} ÷ ${period.days} days` +
        (unitDays === 1 ? '' : ` × ${unitDays}`) +
        ` = ${formatNumber(computed)} ${perUnit}; stated ${formatNumber(rate.value)} (${judgement.note})`,
      verdict: judgement.verdict,
      ...(judgement.tolerance === undefined ? {} : { tolerance: judgement.tolerance })
    })
  })
  return checks
}

/** The one period a sentence names, or null when it names none or several. */
export function periodOf(text: string): Period | null {
  const periods: Period[] = []
  for (const match of text.matchAll(/\b(?:in|during|throughout|over)\s+((?:18|19|20)\d\d)\b(?![,.]?\d)/gi)) {
    const year = Number(match[1])
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
    periods.push({ label: `${year}${leap ? ' (a leap year)' : ''}`, days: leap ? 366 : 365 })
  }
  const phrase =
    /\b(?:in|during|over|for)\s+((?:\p{Lu}[\w'’]*\s+)?(?:the\s+)?(?:first|second|third|last|past|one|a|full)\s+year(?:\s+back)?)\b/iu
  const yearPhrase = phrase.exec(text)
  if (yearPhrase?.[1]) periods.push({ label: `"${yearPhrase[1]}" (a year of 365 days)`, days: 365 })
  return periods.length === 1 ? (periods[0] ?? null) : null
}

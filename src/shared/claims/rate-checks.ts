/**
 * A total over a period against the rate the same sentence states: "13,897 … in 2024, averaging
 * 38 per day" → 13,897 ÷ 366 = 37.97. The rate may be per day, week, month or year; the period a
 * calendar year, a month of a year ("in March 2024"), "a year", "first year", or a stated length
 * ("over six months", "in the past 30 days"). Only a claim naming exactly one period and one total
 * before the rate is checked; anything vaguer is left alone.
 */
import type { CheckableClaim, NumberCheck } from './number-check-types'
import type { ParsedNumber } from './numbers'
import { formatNumber, judge } from './verdict'

interface Period {
  label: string
  days: number
  /** Its length in months and in years when it is a whole number of them (a calendar month, a year). */
  months?: number
  years?: number
}

/** Units of figures that are not totals: shares, multiples, and lengths of time ("six months"). */
const notTotals = /^(?:%|percentage points|times|days?|weeks?|months?|years?|decades?)$/
const DAYS_PER_YEAR = 365.25
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]
const countWords: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12
}

export function checkRates(claim: CheckableClaim): NumberCheck[] {
  const checks: NumberCheck[] = checkRestatedRates(claim)
  const period = periodOf(claim.text)
  if (!period || checks.length > 0) return checks
  claim.numbers.forEach((rate, index) => {
    const per = /^per (day|week|month|year)$/.exec(rate.unit ?? '')?.[1]
    if (!per) return
    const totals = claim.numbers
      .slice(0, index)
      .filter((number) => !number.unit?.startsWith('per ') && !notTotals.test(number.unit ?? ''))
    const total = totals.length === 1 ? totals[0] : undefined
    if (!total) return
    const { count, label } = unitsIn(period, per)
    const computed = total.value / count
    const judgement = judge(computed, rate.value, rate.text)
    checks.push({
      claimIds: [claim.claimId],
      statement: `${total.text} over ${period.label} is stated as ${rate.text}`,
      working: `${formatNumber(total.value)} ÷ ${label} = ${formatNumber(computed)} per ${per}; stated ${formatNumber(rate.value)} (${judgement.note})`,
      verdict: judgement.verdict,
      ...(judgement.tolerance === undefined ? {} : { tolerance: judgement.tolerance })
    })
  })
  return checks
}

const periodDays: Record<string, number> = { day: 1, week: 7, month: DAYS_PER_MONTH, year: DAYS_PER_YEAR }
/** "… bills a year", "… a day", "… annually" right after a figure: it is a rate. */
const rateAfter =
  /^\s*(?:[\p{L}-]+\s+)?(?:a|an|per|each|every)\s+(day|week|month|year)\b|^\s*(?:[\p{L}-]+\s+)?(annually|daily|weekly|monthly)\b/u
const adverbPeriod: Record<string, string> = {
  annually: 'year',
  daily: 'day',
  weekly: 'week',
  monthly: 'month'
}
/** Between a rate and its restatement: a comma, dash or bracket, perhaps "or" or "that is". */
const restatement = /^\s*(?:,|;|—|–|-|\()\s*(?:or|that is|i\.e\.|which is|or about)?\s*$/

/** The period a figure is a rate over: "38 per day", "1.46 million bills a year", "4,000 daily". */
function ratePeriod(number: ParsedNumber, text: string): { per: string; end: number } | null {
  const per = /^per (day|week|month|year)$/.exec(number.unit ?? '')?.[1]
  if (per) return { per, end: number.end }
  if (notTotals.test(number.unit ?? '')) return null
  const after = rateAfter.exec(text.slice(number.end, number.end + 30))
  const period = after?.[1] ?? adverbPeriod[after?.[2] ?? '']
  return after && period ? { per: period, end: number.end + after[0].length } : null
}

/**
 * A rate restated over another period in the same breath: "about 1.46 million bills a year,
 * roughly 4,000 a day" → 1,460,000 ÷ 365.25 = 3,997 per day.
 */
function checkRestatedRates(claim: CheckableClaim): NumberCheck[] {
  const checks: NumberCheck[] = []
  const { numbers, text } = claim
  for (let index = 0; index + 1 < numbers.length; index++) {
    const first = numbers[index]
    const second = numbers[index + 1]
    if (!first || !second) continue
    const from = ratePeriod(first, text)
    const to = ratePeriod(second, text)
    if (!from || !to || from.per === to.per || !restatement.test(text.slice(from.end, second.start))) continue
    const factor = (periodDays[to.per] ?? 1) / (periodDays[from.per] ?? 1)
    const computed = first.value * factor
    const judgement = judge(computed, second.value, second.text)
    const conversion =
      factor >= 1
        ? `× ${formatNumber(factor)} (${to.per} ÷ ${from.per})`
        : `÷ ${formatNumber(1 / factor)} (${from.per} ÷ ${to.per})`
    checks.push({
      claimIds: [claim.claimId],
      statement: `${first.text} a ${from.per} is restated as ${second.text.replace(/\s+(?:a|per)\s+\w+$/, '')} a ${to.per}`,
      working: `${formatNumber(first.value)} ${conversion} = ${formatNumber(computed)} per ${to.per}; stated ${second.text} (${judgement.note})`,
      verdict: judgement.verdict,
      ...(judgement.tolerance === undefined ? {} : { tolerance: judgement.tolerance })
    })
  }
  return checks
}

/** How many days, weeks, months or years the period holds, and how the working says it. */
function unitsIn(period: Period, per: string): { count: number; label: string } {
  switch (per) {
    case 'day':
      return { count: period.days, label: `${formatNumber(period.days)} days` }
    case 'week':
      return { count: period.days / 7, label: `(${formatNumber(period.days)} ÷ 7) weeks` }
    case 'month':
      return period.months !== undefined
        ? {
            count: period.months,
            label: `${formatNumber(period.months)} month${period.months === 1 ? '' : 's'}`
          }
        : { count: period.days / DAYS_PER_MONTH, label: `(${formatNumber(period.days)} ÷ 30.44) months` }
    default:
      return period.years !== undefined
        ? { count: period.years, label: `${formatNumber(period.years)} year${period.years === 1 ? '' : 's'}` }
        : { count: period.days / DAYS_PER_YEAR, label: `(${formatNumber(period.days)} ÷ 365.25) years` }
  }
}

/** The one period a sentence names, or null when it names none or several. */
export function periodOf(text: string): Period | null {
  const periods: Period[] = []
  for (const match of text.matchAll(/\b(?:in|during|throughout|over)\s+((?:18|19|20)\d\d)\b(?![,.]?\d)/gi)) {
    const year = Number(match[1])
    const leap = isLeap(year)
    periods.push({
      label: `${year}${leap ? ' (a leap year)' : ''}`,
      days: leap ? 366 : 365,
      months: 12,
      years: 1
    })
  }
  const monthOfYear = new RegExp(
    `\\b(?:in|during|throughout|over)\\s+(${monthNames.join('|')})\\s+((?:18|19|20)\\d\\d)\\b`,
    'g'
  )
  for (const match of text.matchAll(monthOfYear)) {
    // "since Trump took office in January 2025" names a start, not a period.
    if (/\bsince\b/i.test(text.slice(0, match.index))) continue
    const month = monthNames.indexOf(match[1] ?? '')
    const year = Number(match[2])
    const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
    periods.push({ label: `${match[1]} ${year} (${days} days)`, days, months: 1 })
  }
  const phrase =
    /\b(?:in|during|over|for)\s+((?:\p{Lu}[\w'’]*\s+)?(?:the\s+)?(?:first|second|third|last|past|one|a|full)\s+year(?:\s+back)?)\b/iu
  const yearPhrase = phrase.exec(text)
  if (yearPhrase?.[1])
    periods.push({ label: `"${yearPhrase[1]}" (a year of 365 days)`, days: 365, months: 12, years: 1 })
  const lengthPattern =
    /\b(?:in|during|over|for|within)\s+(?:the\s+)?(?:(?:first|last|past|next)\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days|weeks|months|years)\b/gi
  for (const match of text.matchAll(lengthPattern)) {
    const count = Number(match[1]) || countWords[(match[1] ?? '').toLowerCase()] || 0
    const unit = (match[2] ?? '').toLowerCase()
    if (count === 0) continue
    const label = `"${match[0].replace(/^\w+\s+/, '')}"`
    if (unit === 'days') periods.push({ label, days: count })
    else if (unit === 'weeks') periods.push({ label, days: count * 7 })
    else if (unit === 'months') periods.push({ label, days: count * DAYS_PER_MONTH, months: count })
    else periods.push({ label, days: count * DAYS_PER_YEAR, months: count * 12, years: count })
  }
  return periods.length === 1 ? (periods[0] ?? null) : null
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * A stated percentage change against the two figures it compares: "38 per day" in one sentence,
 * "157 daily—a 300% increase" in the next → (157 − 38) ÷ 38 = +313.2%. The newer figure is the
 * nearest one before the percentage in the same sentence; the older is the nearest earlier figure
 * with the same unit, in that sentence or the two before it in the same block. Without a unit on
 * both, the figures cannot be matched with confidence and nothing is reported.
 *
 * When the two figures are themselves percentages ("from 4% to 6%"), a change in percentage points
 * (6 − 4 = 2) is told apart from a change in percent ((6 − 4) ÷ 4 = 50%): "a 2-point increase" and
 * "a 50% increase" both match; "a 2% increase" does not, and the working says it is 2 points.
 */
import type { ParsedNumber } from './numbers'
import type { CheckableClaim, NumberCheck } from './number-check-types'
import { formatNumber, judge } from './verdict'

const changeAfter =
  /^\s*(?:(increase|rise|jump|gain|growth|surge)|(decrease|drop|fall|decline|cut|reduction))\b/i
/** "an increase of about 11%": the change named before its percentage. */
const changeBefore =
  /\b(?:(increase|rise|jump|gain|growth|surge)|(decrease|drop|fall|decline|cut|reduction))\s+of\s*$/i
/** The connector that makes the figure after it the older one: "1,000 jobs, compared with 900". */
const comparedWith =
  /^[^.;]{0,60}?\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|against|versus|vs\.?)\s*$/i
const LOOKBACK_CLAIMS = 2

export function checkChanges(claims: CheckableClaim[], index: number): NumberCheck[] {
  const claim = claims[index]
  if (!claim) return []
  const checks: NumberCheck[] = []
  claim.numbers.forEach((stated, position) => {
    const isChange = stated.unit === '%' || stated.unit === 'percentage points'
    const change = isChange
      ? (changeAfter.exec(claim.text.slice(stated.end, stated.end + 20)) ??
        changeBefore.exec(claim.text.slice(Math.max(0, stated.start - 30), stated.start)))
      : null
    if (!change) return
    const before = claim.numbers.slice(0, position)
    const compared = comparedPair(claim, before)
    if (compared) {
      checks.push(changeCheck([claim.claimId], compared.older, compared.newer, stated, change))
      return
    }
    const shares =
      stated.unit === 'percentage points' || before.findLast((number) => number.unit)?.unit === '%'
    if (shares) {
      const check = checkShareChange(claims, index, stated, change, before)
      if (check) checks.push(check)
      return
    }
    const newer = before.findLast((number) => number.unit && number.unit !== '%')
    if (!newer) return
    const older = findOlder(claims, index, newer)
    if (!older) return
    const ids = older.claimId === claim.claimId ? [claim.claimId] : [older.claimId, claim.claimId]
    checks.push(changeCheck(ids, older.number, newer, stated, change))
  })
  return checks
}

/** The change from `older` to `newer` against the stated percentage. */
function changeCheck(
  claimIds: string[],
  older: ParsedNumber,
  newer: ParsedNumber,
  stated: ParsedNumber,
  change: RegExpExecArray
): NumberCheck {
  const sign = change[2] ? -1 : 1
  const computed = ((newer.value - older.value) / older.value) * 100
  const judgement = judge(computed, sign * stated.value, stated.text)
  const signed = (value: number): string => `${value >= 0 ? '+' : '−'}${formatNumber(Math.abs(value), 1)}%`
  const word = (change[1] ?? change[2] ?? change[0]).trim().toLowerCase()
  return {
    claimIds,
    statement: /^\d/.test(stated.text)
      ? `${older.text} → ${newer.text} is stated as a ${stated.text} ${word}`
      : `${older.text} → ${newer.text} is stated as ${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word} of ${stated.text}`,
    working:
      `(${formatNumber(newer.value)} − ${formatNumber(older.value)}) ÷ ${formatNumber(older.value)}` +
      ` = ${signed(computed)}; stated ${signed(sign * stated.value)} (${judgement.note})`,
    verdict: judgement.verdict,
    ...(judgement.tolerance === undefined ? {} : { tolerance: judgement.tolerance })
  }
}

/**
 * "1,000 jobs in October, compared with 900 in September": the figure before the connector is the
 * newer, the one right after it the older (its unit may be left unsaid). Both must be counts of the
 * same thing; null when the sentence sets no such pair before the percentage.
 */
function comparedPair(
  claim: CheckableClaim,
  before: ParsedNumber[]
): { newer: ParsedNumber; older: ParsedNumber } | null {
  const older = before.at(-1)
  const newer = before.at(-2)
  if (!older || !newer || newer.unit === '%' || older.unit === '%' || older.value === 0) return null
  if (older.unit !== null && older.unit !== newer.unit) return null
  return comparedWith.test(claim.text.slice(newer.end, older.start)) ? { newer, older } : null
}

/** A change between two percentages, stated in percentage points or in percent. */
function checkShareChange(
  claims: CheckableClaim[],
  index: number,
  stated: ParsedNumber,
  change: RegExpExecArray,
  before: ParsedNumber[]
): NumberCheck | null {
  const claim = claims[index]
  const newer = before.findLast((number) => number.unit === '%')
  const older = newer ? findOlder(claims, index, newer) : null
  if (!claim || !newer || !older) return null
  const sign = change[2] ? -1 : 1
  const points = newer.value - older.number.value
  const percent = (points / older.number.value) * 100
  const inPoints = stated.unit === 'percentage points'
  const judgement = judge(inPoints ? points : percent, sign * stated.value, stated.text)
  const pointsMatch = !inPoints && judge(points, sign * stated.value, stated.text).verdict === 'consistent'
  const note =
    judgement.verdict !== 'consistent' && pointsMatch
      ? `${judgement.note}: ${formatNumber(Math.abs(points), 1)} is the change in percentage points, not in percent`
      : judgement.note
  const signed = (value: number, unit: string): string =>
    `${value >= 0 ? '+' : '−'}${formatNumber(Math.abs(value), 1)}${unit}`
  const pointsText = signed(points, ' percentage points')
  const working = inPoints
    ? `${formatNumber(newer.value)}% − ${formatNumber(older.number.value)}% = ${pointsText}; stated ${signed(sign * stated.value, ' percentage points')} (${note})`
    : `(${formatNumber(newer.value)} − ${formatNumber(older.number.value)}) ÷ ${formatNumber(older.number.value)} = ${signed(percent, '%')} (${pointsText}); stated ${signed(sign * stated.value, '%')} (${note})`
  return {
    claimIds: older.claimId === claim.claimId ? [claim.claimId] : [older.claimId, claim.claimId],
    statement: `${older.number.text} → ${newer.text} is stated as a ${stated.text} ${change[0].trim()}`,
    working,
    verdict: judgement.verdict,
    ...(judgement.tolerance === undefined ? {} : { tolerance: judgement.tolerance })
  }
}

function findOlder(
  claims: CheckableClaim[],
  index: number,
  newer: ParsedNumber
): { claimId: string; number: ParsedNumber } | null {
  const current = claims[index]
  for (let back = 0; back <= LOOKBACK_CLAIMS && current; back++) {
    const claim = claims[index - back]
    if (!claim || claim.block !== current.block) return null
    const candidates =
      back === 0 ? claim.numbers.filter((number) => number.end <= newer.start) : claim.numbers
    const older = candidates.findLast((number) => number !== newer && number.unit === newer.unit)
    if (older && older.value !== 0) return { claimId: claim.claimId, number: older }
  }
  return null
}

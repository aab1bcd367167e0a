/**
 * A stated percentage change against the two figures it compares: "38 per day" in one sentence,
 * "157 daily—a 300% increase" in the next → (157 − 38) ÷ 38 = +313.2%. The newer figure is the
 * nearest one before the percentage in the same sentence; the older is the nearest earlier figure
 * with the same unit, in that sentence or the two before it in the same block. Without a unit on
 * both, the figures cannot be matched with confidence and nothing is reported.
 */
import type { NumberCheck } from './number-checks'
import type { ParsedNumber } from './numbers'
import type { CheckableClaim } from './rate-checks'
import { formatNumber, judge } from './verdict'

const changeAfter =
  /^\s*(?:(increase|rise|jump|gain|growth|surge)|(decrease|drop|fall|decline|cut|reduction))\b/i
const LOOKBACK_CLAIMS = 2

export function checkChanges(claims: CheckableClaim[], index: number): NumberCheck[] {
  const claim = claims[index]
  if (!claim) return []
  const checks: NumberCheck[] = []
  claim.numbers.forEach((stated, position) => {
    const change =
      stated.unit === '%' ? changeAfter.exec(claim.text.slice(stated.end, stated.end + 20)) : null
    if (!change) return
    const newer = claim.numbers.slice(0, position).findLast((number) => number.unit && number.unit !== '%')
    if (!newer) return
    const older = findOlder(claims, index, newer)
    if (!older) return
    const sign = change[2] ? -1 : 1
    const computed = ((newer.value - older.number.value) / older.number.value) * 100
    const judgement = judge(computed, sign * stated.value, stated.text)
    const ids = older.claimId === claim.claimId ? [claim.claimId] : [older.claimId, claim.claimId]
    const signed = (value: number): string => `${value >= 0 ? '+' : '−'}${formatNumber(Math.abs(value), 1)}%`
    checks.push({
      claimIds: ids,
      statement: `${older.number.text} → ${newer.text} is stated as a ${stated.text} ${change[0].trim()}`,
      working:
        `(${formatNumber(newer.value)} − ${formatNumber(older.number.value)}) ÷ ${formatNumber(older.number.value)}` +
        ` = ${signed(computed)}; stated ${signed(sign * stated.value)} (${judgement.note})`,
      verdict: judgement.verdict,
      ...(judgement.tolerance === undefined ? {} : { tolerance: judgement.tolerance })
    })
  })
  return checks
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

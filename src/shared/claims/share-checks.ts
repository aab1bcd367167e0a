/**
 * A part stated as a share of a whole in one sentence: "12 of the 40 members, or 30%, …" →
 * 12 ÷ 40 = 30%. Only a sentence with one "A of B" pair and one percentage that is not a change is
 * checked.
 */
import type { CheckableClaim, NumberCheck } from './number-check-types'
import { formatNumber, judge } from './verdict'

const partOfWhole = /^\s*(?:[a-z]+\s+)?(?:out\s+)?of\s+(?:the\s+|all\s+|a\s+total\s+of\s+)?$/
const changeAfter = /^\s*(?:increase|rise|jump|gain|growth|surge|decrease|drop|fall|decline|cut|reduction)\b/i

export function checkShares(claim: CheckableClaim): NumberCheck[] {
  const { numbers, text } = claim
  const shares = numbers.filter((number) => number.unit === '%' && !changeAfter.test(text.slice(number.end)))
  const pairs = numbers.flatMap((part, index) => {
    const whole = numbers[index + 1]
    if (!whole || part.unit === '%' || whole.unit === '%' || whole.value <= part.value) return []
    return partOfWhole.test(text.slice(part.end, whole.start)) ? [{ part, whole }] : []
  })
  const [share] = shares
  const [pair] = pairs
  if (!share || !pair || shares.length !== 1 || pairs.length !== 1) return []
  const computed = (pair.part.value / pair.whole.value) * 100
  const judgement = judge(computed, share.value, share.text)
  return [
    {
      claimIds: [claim.claimId],
      statement: `${pair.part.text} of ${pair.whole.text} is stated as ${share.text}`,
      working: `${formatNumber(pair.part.value)} ÷ ${formatNumber(pair.whole.value)} = ${formatNumber(computed, 1)}%; stated ${share.text} (${judgement.note})`,
      verdict: judgement.verdict,
      ...(judgement.tolerance === undefined ? {} : { tolerance: judgement.tolerance })
    }
  ]
}

/**
 * A part stated as a share of a whole in one sentence, → part ÷ whole against the percentage:
 *   "12 of the 40 members, or 30%, …"                      (A of B, then the share)
 *   "Of the 1,200 residents surveyed, 300, or 30%, said …"  (of B first, then A, or the share)
 *   "40,000 households, or 80% of the city's 50,000"        (A, or the share of B)
 * Only a sentence with one such whole for its part and one percentage that is not a change is
 * checked; figures that are not set side by side like this are never related.
 */
import type { CheckableClaim, NumberCheck } from './number-check-types'
import type { ParsedNumber } from './numbers'
import { formatNumber, judge } from './verdict'

const partOfWhole = /^\s*(?:[a-z]+\s+)?(?:out\s+)?of\s+(?:the\s+|all\s+|a\s+total\s+of\s+)?$/
/** "300, or 30%" / "300 (30%)": the count right before its share. */
const orShare = /^\s*(?:,\s*or|\(|,\s*(?:that is|i\.e\.),?)\s*$/i
/** "of the city's" / "of all" between the share and its whole. */
const ofTheWhole =
  /^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\p{L}'’]+['’]s?\s+)?(?:total\s+(?:of\s+)?)?$/u
/** A sentence opening "Of the 1,200 …" or "Out of 1,200 …": the whole its parts are of. */
const openingOf = /^\s*(?:out\s+)?of\s+(?:the\s+|all\s+)?$/i
const changeAfter = /^\s*(?:increase|rise|jump|gain|growth|surge|decrease|drop|fall|decline|cut|reduction)\b/i

export function checkShares(claim: CheckableClaim): NumberCheck[] {
  const { numbers, text } = claim
  const shares = numbers.filter((number) => number.unit === '%' && !changeAfter.test(text.slice(number.end)))
  const [share] = shares
  if (!share || shares.length !== 1) return []
  const pairs = numbers.flatMap((part, index) => {
    const whole = numbers[index + 1]
    if (!whole || part.unit === '%' || whole.unit === '%' || whole.value <= part.value) return []
    return partOfWhole.test(text.slice(part.end, whole.start)) ? [{ part, whole }] : []
  })
  const pair = pairs.length === 1 ? pairs[0] : pairs.length === 0 ? appositiveShare(claim, share) : undefined
  if (!pair) return []
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

/** The part and whole of "A, or S% of B" and "Of B …, A, or S%": null unless exactly one reading. */
function appositiveShare(
  claim: CheckableClaim,
  share: ParsedNumber
): { part: ParsedNumber; whole: ParsedNumber } | undefined {
  const { numbers, text } = claim
  const at = numbers.indexOf(share)
  const part = numbers[at - 1]
  if (!part || part.unit === '%' || !orShare.test(text.slice(part.end, share.start))) return undefined
  const after = numbers[at + 1]
  const wholes: ParsedNumber[] = []
  if (after && after.unit !== '%' && ofTheWhole.test(text.slice(share.end, after.start))) wholes.push(after)
  const first = numbers[0]
  if (first && first !== part && at - 1 === 1 && openingOf.test(text.slice(0, first.start)))
    wholes.push(first)
  const [whole] = wholes
  if (!whole || wholes.length !== 1 || whole.value <= part.value) return undefined
  return { part, whole }
}

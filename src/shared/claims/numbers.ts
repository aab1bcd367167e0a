/**
 * Numbers stated in a claim: "13,897 missiles", "38 per day", "157 daily", "300%", "1.2 million
 * military casualties", "up to 325,000 deaths". Each gets its value and, where the text states
 * one, its unit: a rate ("per day"), a percentage ("%"), a currency, or the noun counted. Years
 * ("in 2024") are dates, not quantities, and are left out.
 */

export interface ParsedNumber {
  /** The words that state it, qualifier and unit included. */
  text: string
  value: number
  unit: string | null
  /** Offsets into the claim's text. */
  start: number
  end: number
}

const numberPattern =
  /(?:\b(up to|at least|at most|about|around|nearly|almost|roughly|approximately|some|over)\s+)?([$€£])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(%|percent\b|per cent\b))?(?:\s+(thousand|million|billion|trillion)\b)?/gi
const multipliers: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }
const ratePattern =
  /^\s*(?:(?:per|a|each|every)\s+(day|week|month|year)\b|(daily|weekly|monthly|yearly|annually)\b)/i
const rateOfAdverb: Record<string, string> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annually: 'year'
}
/** Words that end a counted noun phrase rather than belong to it. */
const notUnitWords = new Set(
  (
    'a an the and or of in on at to for by as from with since until than per is are was were be been ' +
    'has have had will would can could may might that which who whom this these those it its their his ' +
    'her our your more less over under about into onto off up down out but not no so if then also just ' +
    'only including each every all some any last next ago'
  ).split(' ')
)

export function parseNumbers(text: string): ParsedNumber[] {
  const numbers: ParsedNumber[] = []
  for (const match of text.matchAll(numberPattern)) {
    const [whole, , currency, integer = '', fraction = '', percent, scale] = match
    const start = match.index
    if (!currency && !percent && !scale && !fraction && isYear(integer)) continue
    if (/[\d.,]/.test(text[start - 1] ?? '') || /^[.,]?\d/.test(text.slice(start + whole.length))) continue
    const value = Number(integer.replace(/,/g, '') + fraction) * (scale ? (multipliers[scale] ?? 1) : 1)
    const unit = percent ? '%' : currency ? currency : null
    const tail = percent || currency ? null : unitAfter(text, start + whole.length)
    numbers.push({
      text: text.slice(start, tail?.end ?? start + whole.length),
      value,
      unit: unit ?? tail?.unit ?? null,
      start,
      end: tail?.end ?? start + whole.length
    })
  }
  return numbers
}

function isYear(digits: string): boolean {
  const value = Number(digits)
  return digits.length === 4 && value >= 1800 && value <= 2100
}

/** The rate or the counted noun right after a number: "per day", "daily", "military casualties". */
function unitAfter(text: string, from: number): { unit: string; end: number } | null {
  const rest = text.slice(from, from + 60)
  const rate = ratePattern.exec(rest)
  if (rate)
    return {
      unit: `per ${rate[1] ?? rateOfAdverb[(rate[2] ?? '').toLowerCase()]}`,
      end: from + rate[0].length
    }
  const words = /^(?: [a-z][a-z-]*){1,2}/.exec(rest)?.[0].split(' ').slice(1) ?? []
  let taken = 0
  while (
    taken < words.length &&
    !notUnitWords.has(words[taken] ?? '') &&
    !/(?:ly|ed)$/.test(words[taken] ?? '')
  ) {
    taken++
  }
  if (taken === 0) return null
  const phrase = words.slice(0, taken)
  return { unit: phrase.at(-1) ?? '', end: from + phrase.join(' ').length + 1 }
}

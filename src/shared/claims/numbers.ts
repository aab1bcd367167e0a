/**
 * Numbers stated in a claim: "13,897 missiles", "38 per day", "157 daily", "300%", "1.2 million
 * military casualties", "up to 325,000 deaths", and numbers written as words: "three times",
 * "a dozen countries", "twenty-five states", "half of the members" (a share: 50%), "one in five"
 * (20%). Each gets its value and, where the text states one, its unit: a rate ("per day"), a
 * percentage ("%"), a change in percentage points ("percentage points"), a currency, or the noun
 * counted. Years ("in 2024") are dates, not quantities, and are left out; so is a lone "one",
 * which is more often a pronoun than a count.
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
  /(?:\b(up to|at least|at most|more than|less than|fewer than|about|around|nearly|almost|roughly|approximately|some|over)\s+)?([$€£])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(%|percent\b|per cent\b)|[\s-]+((?:percentage[\s-]+)?points?\b))?(?:\s+(thousand|million|billion|trillion)\b)?/gi
const multipliers: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }
const qualifier =
  '(?:\\b(?:up to|at least|at most|about|around|nearly|almost|roughly|approximately|some|over|more than|less than)\\s+)?'
const smallWords =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' '
  )
const tensWords = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ')
const wordValue = new Map<string, number>([
  ...smallWords.map((word, index): [string, number] => [word, index + 1]),
  ...tensWords.map((word, index): [string, number] => [word, (index + 2) * 10]),
  ['a', 1],
  ['an', 1],
  ['twice', 2],
  ['thrice', 3]
])
/** "twenty-five thousand", "a dozen", "three hundred", "two million", "a hundred". */
const wordNumberPattern = new RegExp(
  `${qualifier}\\b(a|an|${[...smallWords, ...tensWords].join('|')})(?:[-\\s](${smallWords.slice(0, 9).join('|')}))?(?:\\s+(hundred|dozen))?(?:\\s+(thousand|million|billion|trillion))?\\b`,
  'gi'
)
/** Shares and multiples in words: "half of", "a third of", "two-thirds of", "one in five", "twice". */
const fractionWords: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5
}
const sharePattern = new RegExp(
  `${qualifier}\\b(?:(half)(?=\\s+(?:of|the|a|an|all|its|their|our)\\b)|(?<=\\bor\\s+)(half)\\b|(a|one|two|three|four)[-\\s](thirds?|quarters?|fifths?)(?=\\s+of\\b)|(one|\\d+)\\s+(?:in|out of)\\s+(${smallWords.slice(1).join('|')}|\\d+)\\b|(twice|thrice)\\b)`,
  'gi'
)
const ratePattern =
  /^\s*(?:(?:per|a|an|each|every)\s+(day|week|month|year)\b|(daily|weekly|monthly|yearly|annually)\b)/i
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
    const [whole, , currency, integer = '', fraction = '', percent, pointsWord, scale] = match
    const start = match.index
    // "3 points" is a change in percentage points only where the sentence speaks of percentages.
    const points =
      pointsWord !== undefined && (/percentage/i.test(pointsWord) || /%|percent/i.test(text.slice(0, start)))
    if (!currency && !percent && !points && !scale && !fraction && isYear(integer)) continue
    if (/[\d.,]/.test(text[start - 1] ?? '') || /^[.,]?\d/.test(text.slice(start + whole.length))) continue
    const value = Number(integer.replace(/,/g, '') + fraction) * (scale ? (multipliers[scale] ?? 1) : 1)
    const unit = points
      ? 'percentage points'
      : percent
        ? '%'
        : currency
          ? currency
          : pointsWord
            ? 'points'
            : null
    numbers.push(withUnit(text, start, start + whole.length, value, unit))
  }
  const taken = (start: number, end: number): boolean =>
    numbers.some((number) => number.start < end && start < number.end)
  for (const match of text.matchAll(sharePattern)) {
    const [whole, halfOfSomething, halfAlone, count, part, one, whole2, multiple] = match
    const half = halfOfSomething ?? halfAlone
    const start = match.index
    if (taken(start, start + whole.length)) continue
    const halfOf = half
      ? /^\s+an?\s+(thousand|million|billion|trillion)\b/i.exec(text.slice(start + whole.length))
      : null
    if (halfOf) {
      const scaled = 0.5 * (multipliers[(halfOf[1] ?? '').toLowerCase()] ?? 1)
      numbers.push(withUnit(text, start, start + whole.length + halfOf[0].length, scaled, null))
      continue
    }
    const value = half
      ? 50
      : part
        ? ((wordValue.get((count ?? '').toLowerCase()) ?? 1) / (fractionWords[part.toLowerCase()] ?? 1)) * 100
        : one
          ? ((Number(one) || 1) / (wordValue.get((whole2 ?? '').toLowerCase()) ?? Number(whole2))) * 100
          : 0
    if (multiple) {
      numbers.push(
        withUnit(text, start, start + whole.length, wordValue.get(multiple.toLowerCase()) ?? 2, 'times')
      )
    } else if (Number.isFinite(value) && value > 0) {
      numbers.push({
        text: whole,
        value: Math.round(value * 100) / 100,
        unit: '%',
        start,
        end: start + whole.length
      })
    }
  }
  for (const match of text.matchAll(wordNumberPattern)) {
    const [whole, first = '', second, hundred, scale] = match
    const start = match.index
    const lead = first.toLowerCase()
    // "a" and "one" count only before a scale: "a dozen", "one million", not "a plan" or "one of them".
    if ((lead === 'a' || lead === 'an' || lead === 'one') && !hundred && !scale) continue
    if (taken(start, start + whole.length) || /^[-\s]*\d/.test(text.slice(start + whole.length))) continue
    const base = (wordValue.get(lead) ?? 0) + (second ? (wordValue.get(second.toLowerCase()) ?? 0) : 0)
    const times = hundred?.toLowerCase() === 'hundred' ? 100 : hundred ? 12 : 1
    const value = base * times * (scale ? (multipliers[scale.toLowerCase()] ?? 1) : 1)
    numbers.push(withUnit(text, start, start + whole.length, value, null))
  }
  return numbers.sort((a, b) => a.start - b.start)
}

/** A number with its unit: the one stated with it, else the rate, "times" or counted noun after it. */
function withUnit(
  text: string,
  start: number,
  end: number,
  value: number,
  unit: string | null
): ParsedNumber {
  const number = (to: number, stated: string | null): ParsedNumber => ({
    text: text.slice(start, to),
    value,
    unit: stated,
    start,
    end: to
  })
  if (unit !== null && unit !== 'times') return number(end, unit)
  const tail = unitAfter(text, end)
  if (tail?.unit.startsWith('per ')) return number(tail.end, tail.unit)
  const times = /^\s+times\b/i.exec(text.slice(end))
  if (unit === 'times' || times) return number(end + (times?.[0].length ?? 0), 'times')
  if (!tail) return number(end, null)
  // "2 points" after a percentage earlier in the sentence is a change in percentage points.
  const pointsOfPercent = /^points?$/.test(tail.unit) && /%|percent/i.test(text.slice(0, start))
  return number(tail.end, pointsOfPercent ? 'percentage points' : tail.unit)
}

function isYear(digits: string): boolean {
  const value = Number(digits)
  return digits.length === 4 && value >= 1800 && value <= 2100
}

/** The rate or the counted noun right after a number: "per day", "daily", "military casualties". */
function unitAfter(text: string, from: number): { unit: string; end: number } | null {
  const rest = text.slice(from, from + 60)
  const rate =
    ratePattern.exec(rest) ?? /^\s+times\s+(?:(?:per|a|an|each|every)\s+(day|week|month|year)\b)/i.exec(rest)
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

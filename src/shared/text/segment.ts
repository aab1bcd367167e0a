/**
 * Sentence segmentation. A first version: Intl.Segmenter, run per paragraph (it is quadratic on
 * very long strings), with breaks after common abbreviations undone.
 */
export interface Span {
  start: number
  end: number
}

const abbreviations = new Set(
  [
    'U.S',
    'U.K',
    'Mr',
    'Mrs',
    'Ms',
    'Dr',
    'Prof',
    'Gov',
    'Sen',
    'Rep',
    'St',
    'Jr',
    'Sr',
    'Inc',
    'No',
    'vs',
    'etc'
  ]
    .concat(['Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'])
    .map((word) => word.toLowerCase())
)

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

function endsWithAbbreviation(sentence: string): boolean {
  const match = /(\S+)\.\s*$/.exec(sentence)
  return match?.[1] !== undefined && abbreviations.has(match[1].toLowerCase())
}

/** Splits one paragraph into trimmed sentence spans (offsets into `paragraph`). */
export function segmentSentences(paragraph: string): Span[] {
  const spans: Span[] = []
  for (const piece of segmenter.segment(paragraph)) {
    const previous = spans.at(-1)
    const start = piece.index
    const end = start + piece.segment.length
    if (previous && endsWithAbbreviation(paragraph.slice(previous.start, previous.end))) {
      previous.end = end
    } else {
      spans.push({ start, end })
    }
  }
  return spans.map((span) => trimSpan(paragraph, span)).filter((span) => span.end > span.start)
}

/** Narrows a span so it neither starts nor ends with whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return { start, end }
}

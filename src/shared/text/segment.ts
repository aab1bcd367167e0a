/**
 * Sentence segmentation: Intl.Segmenter (Unicode UAX #29) for the candidate breaks, corrected by
 * the rules in `sentence-rules.ts`, with inline lists split first. Intl.Segmenter costs time in
 * proportion to the whole string for every segment it yields, so it only ever sees windows of about
 * a thousand characters; the whole is linear in the size of the input.
 */
import { splitListItems } from './list-items'
import { isFalseBreak, movedEllipsisBreak } from './sentence-rules'

export interface Span {
  start: number
  end: number
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
const WINDOW = 1024
/** A break this close to a window's cut may have been decided without enough lookahead. */
const LOOKAHEAD = 64
const CONTEXT = 80

/** Splits one paragraph into trimmed sentence spans (offsets into `paragraph`). */
export function segmentSentences(paragraph: string): Span[] {
  const spans: Span[] = []
  for (const item of splitListItems(paragraph, 0, paragraph.length)) {
    const cuts = [item.start, ...candidateBreaks(paragraph, item.start, item.end), item.end]
    let start = item.start
    for (let index = 1; index < cuts.length - 1; index++) {
      const at = cuts[index] ?? 0
      // The rules look at most CONTEXT characters either side of a break: constant work per break.
      const piece = paragraph.slice(Math.max(start, at - CONTEXT), at).trim()
      const next = paragraph.slice(at, Math.min(cuts[index + 1] ?? at, at + CONTEXT)).trim()
      if (isFalseBreak(piece, next)) continue
      const moved = movedEllipsisBreak(piece)
      const end = moved === null ? at : paragraph.lastIndexOf(piece, at) + moved
      spans.push({ start, end })
      start = end
    }
    spans.push({ start, end: item.end })
  }
  return spans.map((span) => trimSpan(paragraph, span)).filter((span) => span.end > span.start)
}

/** Intl.Segmenter's breaks inside `text[from, to)`, found window by window. */
function candidateBreaks(text: string, from: number, to: number): number[] {
  const breaks: number[] = []
  let start = from
  let size = WINDOW
  while (start < to) {
    const end = Math.min(to, start + size)
    const last = end === to ? end : end - LOOKAHEAD
    const found: number[] = []
    for (const { index } of segmenter.segment(text.slice(start, end))) {
      if (index > 0 && start + index <= last) found.push(start + index)
    }
    if (end === to) return breaks.concat(found)
    const resume = found.at(-1)
    if (resume === undefined) {
      size *= 2 // one sentence longer than the window: look further
      continue
    }
    breaks.push(...found)
    start = resume
    size = WINDOW
  }
  return breaks
}

/** Narrows a span so it neither starts nor ends with whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return { start, end }
}

/**
 * Sentence segmentation: the Unicode sentence rules' candidate breaks (`sentence-breaks.ts`, the
 * breaks Intl.Segmenter would give, found in one scan), corrected by the rules in
 * `sentence-rules.ts`, with inline lists split first. Each rule looks at most CONTEXT characters
 * either side of a break, so the whole is linear in the size of the input.
 */
import { splitListItems } from './list-items'
import { sentenceBreaks } from './sentence-breaks'
import { isFalseBreak, movedEllipsisBreak } from './sentence-rules'
import type { Span } from './span'

export type { Span } from './span'

const CONTEXT = 80

/** Splits one paragraph into trimmed sentence spans (offsets into `paragraph`). */
export function segmentSentences(paragraph: string): Span[] {
  const spans: Span[] = []
  const cuts: number[] = []
  for (const item of splitListItems(paragraph, 0, paragraph.length)) {
    cuts.length = 0
    sentenceBreaks(paragraph, item.start, item.end, cuts)
    let start = item.start
    for (let index = 0; index < cuts.length; index++) {
      const at = cuts[index]!
      // The rules look at most CONTEXT characters either side of a break: constant work per break.
      const pieceStart = skipSpaces(paragraph, Math.max(start, at - CONTEXT), at)
      const piece = paragraph.slice(pieceStart, at).trimEnd()
      const next = paragraph.slice(at, Math.min(cuts[index + 1] ?? item.end, at + CONTEXT)).trim()
      if (isFalseBreak(piece, next)) continue
      const moved = movedEllipsisBreak(piece)
      const end = moved === null ? at : pieceStart + moved
      pushTrimmed(spans, paragraph, start, end)
      start = end
    }
    pushTrimmed(spans, paragraph, start, item.end)
  }
  return spans
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpaceAt(text, start)) start++
  while (end > start && isSpaceAt(text, end - 1)) end--
  if (end > start) spans.push({ start, end })
}

/** Whether the UTF-16 unit at `index` is whitespace as `\s` means it, without a regex or a string. */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

function skipSpaces(text: string, from: number, to: number): number {
  while (from < to && isSpaceAt(text, from)) from++
  return from
}

/** Narrows a span so it neither starts nor ends with whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && isSpaceAt(text, start)) start++
  while (end > start && isSpaceAt(text, end - 1)) end--
  return { start, end }
}

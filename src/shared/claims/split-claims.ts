/**
 * Claims of a paragraph: one per sentence, except that a quotation running over several sentences
 * stays one claim together with the sentence that introduces it ("Bolton stated, "… campaign. He
 * doesn't care …"" is one claim, not two).
 */
import { segmentSentences, type Span } from '../text/segment'

/** A quotation left open longer than this is a stray mark, not a quotation. */
const MAX_QUOTED_SENTENCES = 8

/** Splits one paragraph into claim spans (offsets into `paragraph`). */
export function splitClaims(paragraph: string): Span[] {
  const claims: Span[] = []
  let group: Span[] = []
  let open = false
  for (const sentence of segmentSentences(paragraph)) {
    open = quotationOpenAfter(paragraph, sentence, open)
    if (!open && group.length === 0) {
      claims.push(sentence) // the usual case: a sentence outside any quotation is a claim
      continue
    }
    group.push(sentence)
    if (open && group.length < MAX_QUOTED_SENTENCES) continue
    if (open)
      claims.push(...group) // never closed: keep the sentences apart
    else claims.push({ start: group[0]?.start ?? sentence.start, end: sentence.end })
    group = []
    open = false
  }
  claims.push(...group) // a quotation still open at the paragraph's end
  return claims
}

/**
 * Whether a double-quotation is open after `span`, given whether one was open before it. Curly
 * quotes say which way they face; straight ones toggle. Single quotes are left out: they double
 * as apostrophes.
 */
export function quotationOpenAfter(text: string, span: Span, openBefore: boolean): boolean {
  let open = openBefore
  for (let index = span.start; index < span.end; index++) {
    const code = text.charCodeAt(index) // a code, not a one-character string per character
    if (code === LEFT_QUOTE) open = true
    else if (code === RIGHT_QUOTE) open = false
    else if (code === STRAIGHT_QUOTE) open = !open
  }
  return open
}

const LEFT_QUOTE = 0x201c // “
const RIGHT_QUOTE = 0x201d // ”
const STRAIGHT_QUOTE = 0x22 // "

/** Builds W3C TextQuote + TextPosition selectors for a span of the document text. */
import type { TextTarget } from '../model'

/** Enough context to tell repeated phrases apart when re-anchoring, short enough to stay stable. */
export const CONTEXT_LENGTH = 32

export function targetFor(text: string, start: number, end: number): TextTarget {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH)
    },
    position: { start, end }
  }
}

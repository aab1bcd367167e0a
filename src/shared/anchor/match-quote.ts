/**
 * Finds where a W3C TextQuoteSelector belongs in a (possibly edited) text: exact matches first,
 * then approximate ones (Myers' algorithm via approx-string-match). Candidates are ranked by how
 * well the quote, its prefix and suffix match and by closeness to the old position, as the
 * Hypothesis client does.
 */
import search from 'approx-string-match'
import type { TextQuoteSelector } from '../model'

export interface QuoteMatch {
  start: number
  end: number
  /** 0–1: how closely the quote itself matched (1 = exactly). */
  similarity: number
}

/** A fuzzy match must keep at least this much of the quote; anything weaker is an orphan. */
export const MIN_SIMILARITY = 0.75
/** Quotes shorter than this are only matched exactly: a few letters match anywhere. */
const MIN_FUZZY_LENGTH = 8
/** Exact occurrences beyond this many are not ranked (a word repeated throughout a book). */
const MAX_CANDIDATES = 1000

const weights = { quote: 50, prefix: 20, suffix: 20, position: 2 }

/** 0–1: how much of `context` appears (approximately) in `window`. */
function contextSimilarity(window: string, context: string): number {
  if (!context) return 1
  if (window.includes(context)) return 1
  const [best] = search(window, context, Math.floor(context.length / 2))
  return best ? 1 - best.errors / context.length : 0
}

function score(text: string, quote: TextQuoteSelector, match: QuoteMatch, hint: number | undefined): number {
  const { prefix, suffix } = quote
  const before = text.slice(Math.max(0, match.start - prefix.length - 4), match.start)
  const after = text.slice(match.end, match.end + suffix.length + 4)
  const distance = hint === undefined ? 0 : Math.abs(match.start - hint)
  return (
    weights.quote * match.similarity +
    weights.prefix * contextSimilarity(before, prefix) +
    weights.suffix * contextSimilarity(after, suffix) +
    weights.position * (1 - distance / Math.max(text.length, 1))
  )
}

function exactMatches(text: string, exact: string): QuoteMatch[] {
  const found: QuoteMatch[] = []
  let from = text.indexOf(exact)
  while (from >= 0 && found.length < MAX_CANDIDATES) {
    found.push({ start: from, end: from + exact.length, similarity: 1 })
    from = text.indexOf(exact, from + 1)
  }
  return found
}

function fuzzyMatches(text: string, exact: string): QuoteMatch[] {
  if (exact.length < MIN_FUZZY_LENGTH) return []
  const maxErrors = Math.min(256, Math.floor(exact.length * (1 - MIN_SIMILARITY)))
  return search(text, exact, maxErrors)
    .slice(0, MAX_CANDIDATES)
    .map((match) => ({ start: match.start, end: match.end, similarity: 1 - match.errors / exact.length }))
}

/**
 * The best place for `quote` in `text`, or null when it is gone. `hint` is the quote's old start
 * offset: among equally good candidates, the nearest wins.
 */
export function matchQuote(text: string, quote: TextQuoteSelector, hint?: number): QuoteMatch | null {
  if (!quote.exact) return null
  let candidates = exactMatches(text, quote.exact)
  if (candidates.length === 0) candidates = fuzzyMatches(text, quote.exact)
  let best: QuoteMatch | null = null
  let bestScore = -Infinity
  for (const candidate of candidates) {
    const candidateScore = score(text, quote, candidate, hint)
    if (candidateScore > bestScore) {
      best = candidate
      bestScore = candidateScore
    }
  }
  return best
}

/**
 * Search over the article and the reviewer's notes: case and accents ignored ("cafe" finds
 * "Café", as the library search does), literal (no regex syntax), hits in document order. A note
 * hit points at its claim.
 */
import type { Annotations, Article } from '../model'
import { reviewOf } from '../annotations/claim-review'
import { foldForSearch } from '../text/fold'
import { foldText, type FoldedText } from '../text/folded-text'

export interface SearchHit {
  start: number
  end: number
  /** Set when the hit is in the note of this claim rather than in the article text. */
  noteOf: string | null
}

/** Hits beyond this are not listed: a one-letter query in a long article would be noise. */
export const MAX_HITS = 5000

/** The last text folded: typing a query searches the same article again and again. */
let lastFolded: { text: string; folded: FoldedText } | null = null

function folded(text: string): FoldedText {
  if (lastFolded?.text !== text) lastFolded = { text, folded: foldText(text) }
  return lastFolded.folded
}

export function findInText(
  text: string,
  query: string,
  limit = MAX_HITS
): Array<{ start: number; end: number }> {
  const needle = foldForSearch(query.trim())
  if (!needle) return []
  const { folded: haystack, from, to } = folded(text)
  const hits: Array<{ start: number; end: number }> = []
  for (
    let at = haystack.indexOf(needle);
    at !== -1 && hits.length < limit;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    hits.push({ start: from[at] ?? 0, end: to[at + needle.length - 1] ?? 0 })
  }
  return hits
}

export function searchDocument(article: Article, annotations: Annotations, query: string): SearchHit[] {
  const hits: SearchHit[] = findInText(article.text, query).map((hit) => ({ ...hit, noteOf: null }))
  if (hits.length === 0 && !query.trim()) return hits
  const needle = foldForSearch(query.trim())
  for (const claim of article.claims) {
    const note = reviewOf(annotations, claim.id)?.note ?? ''
    if (note && foldForSearch(note).includes(needle)) {
      hits.push({ start: claim.start, end: claim.end, noteOf: claim.id })
    }
  }
  return hits.sort((a, b) => a.start - b.start || Number(a.noteOf !== null) - Number(b.noteOf !== null))
}

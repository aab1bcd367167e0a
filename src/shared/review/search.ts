/**
 * Search over the article and the reviewer's notes: case-insensitive, literal (no regex syntax),
 * hits in document order. A note hit points at its claim.
 */
import type { Annotations, Article } from '../model'
import { reviewOf } from '../annotations/claim-review'

export interface SearchHit {
  start: number
  end: number
  /** Set when the hit is in the note of this claim rather than in the article text. */
  noteOf: string | null
}

/** Hits beyond this are not listed: a one-letter query in a long article would be noise. */
export const MAX_HITS = 5000

export function findInText(
  text: string,
  query: string,
  limit = MAX_HITS
): Array<{ start: number; end: number }> {
  const needle = query.trim().toLocaleLowerCase()
  if (!needle) return []
  const haystack = text.toLocaleLowerCase()
  const hits: Array<{ start: number; end: number }> = []
  // Lowercasing can change lengths for a few scripts; then offsets would drift, so fall back.
  if (haystack.length !== text.length) return hits
  for (
    let at = haystack.indexOf(needle);
    at !== -1 && hits.length < limit;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    hits.push({ start: at, end: at + needle.length })
  }
  return hits
}

export function searchDocument(article: Article, annotations: Annotations, query: string): SearchHit[] {
  const hits: SearchHit[] = findInText(article.text, query).map((hit) => ({ ...hit, noteOf: null }))
  if (hits.length === 0 && !query.trim()) return hits
  const needle = query.trim().toLocaleLowerCase()
  for (const claim of article.claims) {
    const note = reviewOf(annotations, claim.id)?.note ?? ''
    if (note.toLocaleLowerCase().includes(needle)) {
      hits.push({ start: claim.start, end: claim.end, noteOf: claim.id })
    }
  }
  return hits.sort((a, b) => a.start - b.start || Number(a.noteOf !== null) - Number(b.noteOf !== null))
}

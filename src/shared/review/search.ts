/**
 * Search over the article and the reviewer's notes: case and accents ignored ("cafe" finds
 * "Café", as the library search does), literal (no regex syntax), hits in document order. A note
 * hit points at its claim.
 */
import type { Annotations, Article, Claim } from '../model'
import { claimById } from './claim-lookup'
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

/** Hits in the article text: they depend on the text and the query, never on annotations. */
export function searchText(text: string, query: string): SearchHit[] {
  return findInText(text, query).map((hit) => ({ ...hit, noteOf: null }))
}

/**
 * Hits in the reviewer's notes, in document order. Walks the reviews, not the claims, so a change
 * to one note in a long article costs as much as there are notes.
 */
export function searchNotes(claims: readonly Claim[], annotations: Annotations, query: string): SearchHit[] {
  const needle = foldForSearch(query.trim())
  if (!needle) return []
  const hits: SearchHit[] = []
  for (const [claimId, review] of Object.entries(annotations.claims)) {
    const claim = review.note && claimById(claims, claimId)
    if (claim && foldForSearch(review.note).includes(needle)) {
      hits.push({ start: claim.start, end: claim.end, noteOf: claim.id })
    }
  }
  return hits.sort((a, b) => a.start - b.start)
}

/** The last note hits for each claims array, with the query they answered. */
const lastNoteHits = new WeakMap<readonly Claim[], { query: string; hits: SearchHit[] }>()

const sameHits = (a: readonly SearchHit[], b: readonly SearchHit[]) =>
  a.length === b.length &&
  a.every((hit, index) => {
    const other = b[index]
    return other?.start === hit.start && other.end === hit.end && other.noteOf === hit.noteOf
  })

/**
 * `searchNotes`, answering the very array it answered last time for the same claims and query when
 * the hits are the same: a tag with the search open then leaves the article's hits, and the marks
 * drawn from them, as they were, however many hits the text has.
 */
export function searchNotesKeeping(
  claims: readonly Claim[],
  annotations: Annotations,
  query: string
): SearchHit[] {
  const hits = searchNotes(claims, annotations, query)
  const last = lastNoteHits.get(claims)
  const kept = last && last.query === query && sameHits(last.hits, hits) ? last.hits : hits
  lastNoteHits.set(claims, { query, hits: kept })
  return kept
}

/** Text hits and note hits in document order; at the same place the text hit comes first. */
export function mergeHits(textHits: readonly SearchHit[], noteHits: readonly SearchHit[]): SearchHit[] {
  if (noteHits.length === 0) return [...textHits]
  const merged: SearchHit[] = []
  let note = 0
  for (const hit of textHits) {
    while (note < noteHits.length && noteHits[note]!.start < hit.start) merged.push(noteHits[note++]!)
    merged.push(hit)
  }
  while (note < noteHits.length) merged.push(noteHits[note++]!)
  return merged
}

export function searchDocument(article: Article, annotations: Annotations, query: string): SearchHit[] {
  return mergeHits(searchText(article.text, query), searchNotes(article.claims, annotations, query))
}

/**
 * Claims recognised across documents: an incremental TF-IDF index over reviewed claims, queried
 * with a new claim's text. A match needs more than shared words: the two claims must state the
 * same figures (numbers and years) and, when both name people or places, share a name. Cosine
 * similarity over content words ranks the candidates; the figures and names decide. Adding and
 * removing a claim touch only its own words' postings, so the index grows with the library.
 */
import { parseNumbers } from './numbers'

export interface ClaimRef {
  documentId: string
  claimId: string
}

export interface ClaimMatch extends ClaimRef {
  /** Cosine similarity of the two claims' weighted words, 0..1. */
  similarity: number
}

/** What a claim is matched on. */
export interface ClaimSignature {
  words: string[]
  figures: string[]
  names: string[]
}

/** Cosine similarity at or above which two claims with the same figures and names match (tuned on test/fixtures/claims/claim-pairs.json). */
export const MATCH_SIMILARITY = 0.5

const stopWords = new Set(
  (
    'a an the and or but if of in on at to for by as from with into onto over under about than then that this ' +
    'these those it its is are was were be been being has have had do does did will would can could should ' +
    'may might must shall not no so such there their they them he she his her him we our us you your i my me ' +
    'who whom which what when where why how all any each every some more most less also just only very much ' +
    'said says say told according since while after before during up down out off again now still'
  ).split(' ')
)
const wordPattern = /\p{L}[\p{L}'’-]*/gu
const yearPattern = /\b(?:1[89]|20)\d\d\b/g

/** A claim's content words (lowercased, plural -s folded), figures and capitalised names. */
export function claimSignature(text: string): ClaimSignature {
  const words = new Set<string>()
  const names = new Set<string>()
  let first = true
  for (const match of text.matchAll(wordPattern)) {
    const raw = match[0].replace(/['’]s$/, '')
    const lower = raw.toLowerCase()
    if (!first && /^\p{Lu}/u.test(raw) && !stopWords.has(lower)) names.add(lower)
    first = false
    if (stopWords.has(lower) || lower.length < 2) continue
    words.add(lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower)
  }
  const figures = new Set<string>()
  for (const number of parseNumbers(text)) figures.add(`${number.value}${number.unit === '%' ? '%' : ''}`)
  for (const year of text.matchAll(yearPattern)) figures.add(year[0])
  return { words: [...words], figures: [...figures].sort(), names: [...names] }
}

interface Entry extends ClaimRef {
  signature: ClaimSignature
  words: ReadonlySet<string>
  /** The claim's vector length under the idf of `normAtSize` claims; refreshed as the index grows. */
  norm: number
  normAtSize: number
}

/** Idf drifts as claims are added; a cached vector length is recomputed once the index grew by this factor. */
const NORM_DRIFT = 1.25

export class ClaimIndex {
  /** Claims by a number of their own: numeric keys keep the postings' sets fast. */
  private readonly entries = new Map<number, Entry>()
  private readonly keys = new Map<string, number>()
  private nextKey = 0
  /** word → keys of the claims that contain it */
  private readonly postings = new Map<string, Set<number>>()
  /** figure → keys of the claims that state it */
  private readonly figurePostings = new Map<string, Set<number>>()

  get size(): number {
    return this.entries.size
  }

  /** Adds a claim (or replaces it, when its document and id are already indexed). */
  add(ref: ClaimRef, text: string): void {
    this.remove(ref)
    const key = this.nextKey++
    this.keys.set(keyOf(ref), key)
    const signature = claimSignature(text)
    this.entries.set(key, { ...ref, signature, words: new Set(signature.words), norm: 0, normAtSize: 0 })
    for (const word of signature.words) addTo(this.postings, word, key)
    for (const figure of signature.figures) addTo(this.figurePostings, figure, key)
  }

  remove(ref: ClaimRef): void {
    const key = this.keys.get(keyOf(ref))
    const entry = key === undefined ? undefined : this.entries.get(key)
    if (key === undefined || !entry) return
    this.entries.delete(key)
    this.keys.delete(keyOf(ref))
    for (const word of entry.signature.words) removeFrom(this.postings, word, key)
    for (const figure of entry.signature.figures) removeFrom(this.figurePostings, figure, key)
  }

  /**
   * Indexed claims that say what `text` says, best first: similar words, the same figures and a
   * shared name. Claims of `excludeDocument` (the one being read) are left out.
   */
  find(
    text: string,
    options: { excludeDocument?: string; limit?: number; minimum?: number } = {}
  ): ClaimMatch[] {
    const query = claimSignature(text)
    const total = this.entries.size
    const idf = (word: string): number =>
      Math.log((total + 1) / ((this.postings.get(word)?.size ?? 0) + 1)) + 1
    const weights = query.words
      .map((word) => ({ word, weight: idf(word) ** 2 }))
      .sort((a, b) => b.weight - a.weight)
    const queryNorm = weights.reduce((sum, { weight }) => sum + weight, 0)
    if (queryNorm === 0) return []
    const minimum = options.minimum ?? MATCH_SIMILARITY
    const matches: ClaimMatch[] = []
    for (const key of this.candidates(query, weights, queryNorm, minimum)) {
      const entry = this.entries.get(key)
      if (!entry || entry.documentId === options.excludeDocument) continue
      if (!sameFacts(query, entry.signature)) continue
      let dot = 0
      for (const { word, weight } of weights) if (entry.words.has(word)) dot += weight
      // cosine ≤ √dot / |q|, since the claim's own length is at least √dot
      if (dot < minimum * minimum * queryNorm) continue
      const similarity = dot / Math.sqrt(queryNorm * this.normOf(entry, idf))
      if (similarity >= minimum) {
        matches.push({ documentId: entry.documentId, claimId: entry.claimId, similarity: round(similarity) })
      }
    }
    return matches.sort((a, b) => b.similarity - a.similarity).slice(0, options.limit ?? 5)
  }

  /**
   * Claims that could match. With figures, only claims sharing one (a match states the same
   * figures). Without, only claims sharing one of the query's rarest words: those that share none
   * of them could not reach `minimum` on the common words alone (prefix filtering).
   */
  private candidates(
    query: ClaimSignature,
    weights: { word: string; weight: number }[],
    queryNorm: number,
    minimum: number
  ): Set<number> {
    const found = new Set<number>()
    if (query.figures.length > 0) {
      for (const figure of query.figures)
        for (const key of this.figurePostings.get(figure) ?? []) found.add(key)
      return found
    }
    let rest = queryNorm
    for (const { word, weight } of weights) {
      if (rest < minimum * minimum * queryNorm) break
      rest -= weight
      for (const key of this.postings.get(word) ?? []) found.add(key)
    }
    return found
  }

  private normOf(entry: Entry, idf: (word: string) => number): number {
    const size = this.entries.size
    if (
      entry.normAtSize === 0 ||
      size > entry.normAtSize * NORM_DRIFT ||
      size * NORM_DRIFT < entry.normAtSize
    ) {
      let norm = 0
      for (const word of entry.signature.words) norm += idf(word) ** 2
      entry.norm = norm
      entry.normAtSize = size
    }
    return entry.norm
  }
}

function addTo(postings: Map<string, Set<number>>, term: string, key: number): void {
  const posting = postings.get(term) ?? new Set<number>()
  posting.add(key)
  postings.set(term, posting)
}

function removeFrom(postings: Map<string, Set<number>>, term: string, key: number): void {
  const posting = postings.get(term)
  posting?.delete(key)
  if (posting?.size === 0) postings.delete(term)
}

/**
 * The same figures (one side may state a figure more, as "ten years" for "a decade"; none may
 * differ), and a shared name when both sides name someone or somewhere.
 */
export function sameFacts(a: ClaimSignature, b: ClaimSignature): boolean {
  const [fewer, more] = a.figures.length <= b.figures.length ? [a.figures, b.figures] : [b.figures, a.figures]
  if (!fewer.every((figure) => more.includes(figure))) return false
  if (fewer.length === 0 && more.length > 0) return false
  if (a.names.length === 0 || b.names.length === 0) return true
  return a.names.some((name) => b.names.includes(name))
}

function keyOf(ref: ClaimRef): string {
  return `${ref.documentId}\u0000${ref.claimId}`
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

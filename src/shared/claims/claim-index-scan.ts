/**
 * The claim index's scoring loops (see similar-claims-index.ts): what a claim is kept as, and the
 * term-at-a-time loops that add a word's weight into one query's scores. Small functions, so the
 * engine optimises them early.
 */
import type { ClaimSignature } from './claim-terms'

/** A claim of a document, as the index knows it. */
export interface ClaimRef {
  documentId: string
  claimId: string
}

/** One indexed claim. */
export interface IndexedClaim extends ClaimRef {
  /** What a match is decided on (the words are kept only as `terms`: a large library holds millions). */
  signature: Pick<ClaimSignature, 'figures' | 'names'>
  /** The claim's terms (content words, figures and names, see claim-terms.ts) as term numbers. */
  terms: Int32Array
  /** Its content words in order as term numbers: neighbouring pairs are its phrases. */
  sequence: Int32Array
  /** How long the claim is for BM25: how many terms it holds, repeats counted. */
  length: number
  /** Where the claim sits in each of its terms' postings (`postings[terms[i]][termPlaces[i]]` is its slot). */
  termPlaces: number[]
  /**
   * The keys of the fact postings the claim is listed in: each of its figures (or, with no
   * figures, each of its names), and its whole set of figures (see FigureSets).
   */
  facts: string[]
  /** Where the claim sits in each of those postings. */
  factPlaces: number[]
  /** The claim's vector length (squared) under the idf of the last refresh. */
  norm: number
}

/** BM25's saturation and length normalisation (its usual values). */
export const BM25_K1 = 1.2
export const BM25_B = 0.75

/** One query's scoring state. */
export interface Scan {
  scores: Float64Array
  seen: Uint32Array
  round: number
  touched: number[]
}

// The hot loops, as small functions the engine optimises early.

/** Makes the claims of a posting candidates, with no score yet. */
export function seed(posting: readonly number[] | undefined, scan: Scan): void {
  if (!posting) return
  const { scores, seen, round, touched } = scan
  for (let i = 0; i < posting.length; i++) {
    const slot = posting[i] as number
    if (seen[slot] === round) continue
    seen[slot] = round
    scores[slot] = 0
    touched.push(slot)
  }
}

/**
 * Adds a word's weight to every candidate that has it, and makes candidates of the claims whose
 * group is in `open` (a bit per group).
 */
export function openWith(
  posting: readonly number[],
  weight: number,
  scan: Scan,
  groups: Uint8Array,
  open: number
): void {
  const { scores, seen, round, touched } = scan
  for (let i = 0; i < posting.length; i++) {
    const slot = posting[i] as number
    if (seen[slot] === round) scores[slot] = (scores[slot] as number) + weight
    else if ((1 << (groups[slot] as number)) & open) {
      seen[slot] = round
      scores[slot] = weight
      touched.push(slot)
    }
  }
}

/** Adds a word's weight to the candidates among the claims that have it. */
export function addWhereSeen(posting: readonly number[], weight: number, scan: Scan): void {
  const { scores, seen, round } = scan
  for (let i = 0; i < posting.length; i++) {
    const slot = posting[i] as number
    if (seen[slot] === round) scores[slot] = (scores[slot] as number) + weight
  }
}

/** The same, looking the word up in each candidate: cheaper when the word is common. */
export function addWhereFound(
  slots: readonly (IndexedClaim | undefined)[],
  term: number,
  weight: number,
  scan: Scan
): void {
  const { scores, touched } = scan
  for (let i = 0; i < touched.length; i++) {
    const slot = touched[i] as number
    const terms = slots[slot]?.terms
    if (!terms) continue
    for (let j = 0; j < terms.length; j++) {
      if (terms[j] === term) {
        scores[slot] = (scores[slot] as number) + weight
        break
      }
    }
  }
}

/** Adds a term's BM25 weight to every claim that holds it, by how often it does and the claim's length. */
export function addBm25(
  posting: readonly number[],
  frequencies: readonly number[],
  idf: number,
  slots: readonly (IndexedClaim | undefined)[],
  averageLength: number,
  scan: Scan
): void {
  const { scores, seen, round, touched } = scan
  for (let i = 0; i < posting.length; i++) {
    const slot = posting[i] as number
    const frequency = frequencies[i] as number
    const length = slots[slot]?.length ?? averageLength
    const weight =
      (idf * frequency * (BM25_K1 + 1)) /
      (frequency + BM25_K1 * (1 - BM25_B + (BM25_B * length) / averageLength))
    if (seen[slot] === round) scores[slot] = (scores[slot] as number) + weight
    else {
      seen[slot] = round
      scores[slot] = weight
      touched.push(slot)
    }
  }
}

/** The BM25 weight of the query's phrases that a claim holds, by how often it holds each and its length. */
export function phraseScore(
  entry: IndexedClaim,
  phrases: ReadonlyMap<number, ReadonlyMap<number, number>>,
  averageLength: number
): number {
  const { sequence } = entry
  let score = 0
  for (let i = 1; i < sequence.length; i++) {
    const first = sequence[i - 1] as number
    const second = sequence[i] as number
    const weight = phrases.get(first)?.get(second)
    if (weight === undefined) continue
    let frequency = 1
    let seenBefore = false
    for (let j = 1; j < sequence.length; j++) {
      if (j === i || sequence[j - 1] !== first || sequence[j] !== second) continue
      if (j < i) seenBefore = true
      else frequency++
    }
    // Each phrase is weighed once, at its first place, by how often the claim says it.
    if (seenBefore) continue
    score +=
      (weight * frequency * (BM25_K1 + 1)) /
      (frequency + BM25_K1 * (1 - BM25_B + (BM25_B * entry.length) / averageLength))
  }
  return score
}

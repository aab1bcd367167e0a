/**
 * Claims recognised across documents: an incremental TF-IDF index over reviewed claims, queried
 * with a new claim's text. A match needs more than shared words: the two claims must state the
 * same figures (numbers and years) and, when both name people or places, share a name. Cosine
 * similarity over content words ranks the candidates; the figures and names decide. `rank` orders
 * every claim for a sentence as a fact-checker scans a pool of fact-checks (BM25 with the figures,
 * names and phrases weighed), without those gates. Adding and removing a claim touch only its own
 * postings (each claim knows its place in them), so neither costs more as the library grows.
 */
import {
  addBm25,
  addWhereFound,
  addWhereSeen,
  openWith,
  phraseScore,
  seed,
  type ClaimRef,
  type IndexedClaim,
  type Scan
} from './claim-index-scan'
import { figureCandidates, Group, groupOf, isFactWord, sameFacts, tellingShared } from './claim-facts'
import { ClaimPostings } from './claim-postings'
import { claimSignature, claimTerms, type ClaimSignature } from './claim-terms'

export { claimSignature, sameFacts, type ClaimSignature }

export type { ClaimRef }

export interface ClaimMatch extends ClaimRef {
  /** Cosine similarity of the two claims' weighted words, 0..1. */
  similarity: number
}

/** Cosine similarity at or above which two claims with the same figures and names match (tuned on test/fixtures/claims/claim-pairs.json). */
export const MATCH_SIMILARITY = 0.55
/**
 * How much less word similarity a match needs per shared telling figure (at most two): a figure
 * that is not a year nor a small count, such as 13,897 or 38 per day. Same figures and same actors
 * in other words are the same claim: "Russia fired 13,897 missiles … about 38 a day" and "Russia
 * launched 13,897 missiles … averaging 38 per day".
 */
export const TELLING_FIGURE_ALLOWANCE = 0.05

/**
 * How much more a shared figure and a shared name count than a word of the same rarity (a name is
 * also a word, so it counts twice), and how much a shared phrase (two neighbouring content words,
 * "apology tour") counts against the rarer of its words. Chosen on the training debates of
 * CheckThat! 2021 2B and checked on its development debates (bench/match-checkthat.ts).
 */
const FIGURE_BOOST = 2
const NAME_BOOST = 1
const PHRASE_WEIGHT = 0.5
/**
 * How many of the best claims by their words are weighed again with the phrases they share with
 * the query. Phrases are read from each claim's words in order rather than indexed, which would
 * double the index's memory.
 */
const PHRASE_DEPTH = 100

/**
 * An inverted index scored term-at-a-time: each claim has a slot number, each word a term number,
 * and a query adds its words' weights into a typed array indexed by slot. Candidates come from
 * the facts — the claims whose figures could be the query's, else those sharing a name — or from
 * the words, whichever reads fewer claims (see seedCandidates); by the words, the rarest come
 * first, and once the words left could not lift a claim that shares none of the earlier ones to
 * the threshold, later words only add to claims already found (the MaxScore cut-off).
 */
export class ClaimIndex extends ClaimPostings {
  /** How many claims the last `find` scored: what a lookup reads, whatever the index's size. */
  lastCandidates = 0

  /**
   * Indexed claims that say what `text` says, best first: similar words, the same figures and a
   * shared name. Claims of `excludeDocument` (the one being read) are left out.
   */
  find(
    text: string,
    options: { excludeDocument?: string; limit?: number; minimum?: number } = {}
  ): ClaimMatch[] {
    // Reading the query costs more than an empty index (a library with no published fact-checks).
    this.lastCandidates = 0
    if (this.count === 0) return []
    const query = claimSignature(text)
    const idf = this.idf()
    // The figures and names decide a match here (sameFacts); the cosine is over the words alone.
    const weighted = query.words
      .filter((word) => !isFactWord(word))
      .map((word) => {
        const term = this.terms.get(word)
        const frequency = term === undefined ? 0 : (this.postings[term]?.length ?? 0)
        return { term, weight: idf(frequency) ** 2 }
      })
      .sort((a, b) => b.weight - a.weight)
    const queryNorm = weighted.reduce((sum, { weight }) => sum + weight, 0)
    if (queryNorm === 0) return []
    const minimum = options.minimum ?? MATCH_SIMILARITY
    const lowest = Math.max(0, minimum - 2 * TELLING_FIGURE_ALLOWANCE)
    // cosine ≤ √dot / |q|, since a claim's own length is at least √dot
    const enough = lowest * lowest * queryNorm

    const round = this.nextRound()
    const scan: Scan = { scores: this.scores, seen: this.seen, round, touched: [] }
    const openTo = this.seedCandidates(query, weighted, queryNorm, enough, scan)
    let rest = queryNorm
    for (const { term, weight } of weighted) {
      const opens = rest >= enough
      rest -= weight
      const posting = term === undefined ? undefined : this.postings[term]
      if (term === undefined || !posting) continue
      if (opens && openTo !== 0) openWith(posting, weight, scan, this.groups, openTo)
      else if (posting.length > scan.touched.length) addWhereFound(this.slots, term, weight, scan)
      else addWhereSeen(posting, weight, scan)
    }

    this.refreshNorms()
    this.lastCandidates = scan.touched.length
    const matches: ClaimMatch[] = []
    for (const slot of scan.touched) {
      const dot = this.scores[slot] ?? 0
      const entry = this.slots[slot]
      if (!entry || dot < enough || entry.documentId === options.excludeDocument) continue
      const similarity = dot / Math.sqrt(queryNorm * entry.norm)
      const needed =
        minimum - TELLING_FIGURE_ALLOWANCE * tellingShared(query.figures, entry.signature.figures)
      if (similarity >= needed && sameFacts(query, entry.signature)) {
        matches.push({ documentId: entry.documentId, claimId: entry.claimId, similarity: round3(similarity) })
      }
    }
    return matches.sort((a, b) => b.similarity - a.similarity).slice(0, options.limit ?? 5)
  }

  /**
   * Makes candidates of the claims a query could match by its facts, and answers the groups (a bit
   * each) whose claims its words must still find. Claims with neither figures nor names can match
   * any query without figures; they are found by words. Either way is exact — a match shares a
   * figure (or a name), and it holds one of the query's words before the MaxScore cut-off — so of
   * the two, the one that looks at fewer claims is taken: a figure or a name common across the
   * library (a year, a president) would otherwise make every lookup read half the library.
   */
  private seedCandidates(
    query: ClaimSignature,
    weighted: readonly { term: number | undefined; weight: number }[],
    queryNorm: number,
    enough: number,
    scan: Scan
  ): number {
    const group = groupOf(query)
    if (group === Group.Plain) return 1 << Group.Plain
    const factSeeds =
      group === Group.Figures
        ? figureCandidates(this.figurePostings, query.figures)
        : query.names.map((name) => this.namePostings.get(name) ?? [])
    let wordCost = 0
    let rest = queryNorm
    for (const { term, weight } of weighted) {
      if (rest < enough) break
      rest -= weight
      wordCost += term === undefined ? 0 : (this.postings[term]?.length ?? 0)
    }
    const factCost = factSeeds.reduce((sum, posting) => sum + posting.length, 0)
    const byWords = group === Group.Figures ? 1 << Group.Figures : (1 << Group.Names) | (1 << Group.Plain)
    if (wordCost < factCost) return byWords
    for (const posting of factSeeds) seed(posting, scan)
    return group === Group.Figures ? 0 : 1 << Group.Plain
  }

  /**
   * Every indexed claim ranked against `text` by BM25 over the same folded words, figures and names
   * as `find`, and the pairs of neighbouring words, without its precision gates (same figures, a
   * shared name, a minimum similarity): the ranking a fact-checker scans, as `claimcheck match`
   * prints it. A term counts more the more often a claim holds it, up to BM25's saturation, and
   * less in a long claim than in a short one. Term-at-a-time over the postings.
   */
  rank(text: string, limit = 5): (ClaimMatch & { sameFacts: boolean })[] {
    const { signature: query, counts, words } = claimTerms(text)
    const round = this.nextRound()
    const scan: Scan = { scores: this.scores, seen: this.seen, round, touched: [] }
    const averageLength = this.totalTerms / Math.max(1, this.count)
    for (const word of counts.keys()) {
      const term = this.terms.get(word)
      const posting = term === undefined ? undefined : this.postings[term]
      if (term === undefined || !posting || posting.length === 0) continue
      const idf = this.bm25Idf(posting.length)
      const weight = word.startsWith('#') ? idf * FIGURE_BOOST : word.startsWith('@') ? idf * NAME_BOOST : idf
      addBm25(posting, this.frequencies[term] as number[], weight, this.slots, averageLength, scan)
    }
    const byScore = (a: number, b: number): number => (this.scores[b] ?? 0) - (this.scores[a] ?? 0)
    const best = scan.touched.filter((slot) => this.slots[slot]).sort(byScore)
    const phrases = this.queryPhrases(words)
    if (phrases.size > 0) {
      best.length = Math.min(best.length, PHRASE_DEPTH)
      for (const slot of best) {
        const entry = this.slots[slot] as IndexedClaim
        this.scores[slot] = (this.scores[slot] ?? 0) + phraseScore(entry, phrases, averageLength)
      }
      best.sort(byScore)
    }
    return best.slice(0, limit).flatMap((slot) => {
      const entry = this.slots[slot]
      return entry
        ? [
            {
              documentId: entry.documentId,
              claimId: entry.claimId,
              similarity: round3(this.scores[slot] ?? 0),
              sameFacts: sameFacts(query, entry.signature)
            }
          ]
        : []
    })
  }

  /** BM25's idf of a term that `holders` claims hold. */
  private bm25Idf(holders: number): number {
    return Math.log(1 + (this.count - holders + 0.5) / (holders + 0.5))
  }

  /**
   * The query's phrases that an indexed claim could hold (both words indexed), as first word →
   * second word → weight: PHRASE_WEIGHT times the idf of the rarer word.
   */
  private queryPhrases(words: readonly string[]): Map<number, Map<number, number>> {
    const phrases = new Map<number, Map<number, number>>()
    for (let i = 1; i < words.length; i++) {
      const first = this.terms.get(words[i - 1] as string)
      const second = this.terms.get(words[i] as string)
      if (first === undefined || second === undefined) continue
      const holders = Math.min(this.postings[first]?.length ?? 0, this.postings[second]?.length ?? 0)
      if (holders === 0) continue
      let followers = phrases.get(first)
      if (!followers) phrases.set(first, (followers = new Map()))
      followers.set(second, PHRASE_WEIGHT * this.bm25Idf(holders))
    }
    return phrases
  }
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000
}

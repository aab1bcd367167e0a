/**
 * Claims recognised across documents: an incremental TF-IDF index over reviewed claims, queried
 * with a new claim's text. A match needs more than shared words: the two claims must state the
 * same figures (numbers and years) and, when both name people or places, share a name. Cosine
 * similarity over content words ranks the candidates; the figures and names decide. Adding and
 * removing a claim touch only its own postings (each claim knows its place in them), so neither
 * costs more as the library grows.
 */
import { parseNumbers } from './numbers'
import { foldWord } from './word-folding'

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
export const MATCH_SIMILARITY = 0.55
/**
 * How much less word similarity a match needs per shared telling figure (at most two): a figure
 * that is not a year nor a small count, such as 13,897 or 38 per day. Same figures and same actors
 * in other words are the same claim: "Russia fired 13,897 missiles … about 38 a day" and "Russia
 * launched 13,897 missiles … averaging 38 per day".
 */
export const TELLING_FIGURE_ALLOWANCE = 0.05

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

/**
 * A claim's content words (lowercased and folded: "launched" and "fired" are one word), figures and
 * capitalised names. The figures and names stand among the words too ("#13897", "@russia"), so a
 * rare figure or a named actor weighs in the similarity by its rarity, as a fact-checker weighs it.
 */
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
    words.add(foldWord(lower))
  }
  const figures = new Set<string>()
  for (const number of parseNumbers(text)) figures.add(`${number.value}${number.unit === '%' ? '%' : ''}`)
  for (const year of text.matchAll(yearPattern)) figures.add(year[0])
  for (const figure of figures) words.add(`#${figure}`)
  for (const name of names) words.add(`@${name}`)
  return { words: [...words], figures: [...figures].sort(), names: [...names] }
}

interface Entry extends ClaimRef {
  /** What a match is decided on (the words are kept only as `terms`: a large library holds millions). */
  signature: Pick<ClaimSignature, 'figures' | 'names'>
  /** The claim's content words as term numbers. */
  terms: Int32Array
  /** Where the claim sits in each of its terms' postings (`postings[terms[i]][termPlaces[i]]` is its slot). */
  termPlaces: number[]
  /** The figures (or names) the claim is listed under in `figurePostings` (or `namePostings`). */
  facts: string[]
  /** Where the claim sits in each of those postings. */
  factPlaces: number[]
  /** The claim's vector length (squared) under the idf of the last refresh. */
  norm: number
}

/**
 * Which claims a query may match, by what they state (see `sameFacts`): a claim with figures only
 * a claim sharing one; a claim with names but no figures only one sharing a name or naming no one.
 */
const enum Group {
  Figures = 0,
  Names = 1,
  Plain = 2
}
const groupOf = (signature: ClaimSignature): Group =>
  signature.figures.length > 0 ? Group.Figures : signature.names.length > 0 ? Group.Names : Group.Plain

/** BM25's saturation and length normalisation (its usual values). */
const BM25_K1 = 1.2
const BM25_B = 0.75
/** How much more a shared figure and a shared name count than a word of the same rarity (tuned on CheckThat! 2021 2B, bench/match-checkthat.ts). */
const FIGURE_BOOST = 2
const NAME_BOOST = 1

/** Idf drifts as claims are added; vector lengths are recomputed once the index grew or shrank by this factor. */
const NORM_DRIFT = 1.25

/**
 * An inverted index scored term-at-a-time: each claim has a slot number, each word a term number,
 * and a query adds its words' weights into a typed array indexed by slot. Candidates come from
 * the facts first — the claims sharing a figure, else those sharing a name — and from the words
 * only for claims with neither; there the rarest words come first, and once the words left could
 * not lift a claim that shares none of the earlier ones to the threshold, later words only add to
 * claims already found (the MaxScore cut-off).
 */
export class ClaimIndex {
  private readonly slots: (Entry | undefined)[] = []
  private readonly freeSlots: number[] = []
  private readonly slotOf = new Map<string, number>()
  /** Each slot's `Group`. */
  private groups = new Uint8Array(1024)
  private readonly terms = new Map<string, number>()
  /** term → whether it is a figure or a name ("#13897", "@russia") rather than a word */
  private readonly factTerms: boolean[] = []
  /** term → slots of the claims that contain the word (unordered: removal swaps with the last) */
  private readonly postings: number[][] = []
  /** figure → slots of the claims that state it */
  private readonly figurePostings = new Map<string, number[]>()
  /** name → slots of the claims without figures that name it */
  private readonly namePostings = new Map<string, number[]>()
  private count = 0
  /** The number of terms over all claims, for BM25's average length. */
  private totalTerms = 0
  private normsAtSize = 0
  /** Per query: the slots' scores, and which slots this query has scored (`seen[slot] === round`). */
  private scores = new Float64Array(1024)
  private seen = new Uint32Array(1024)
  private round = 0

  get size(): number {
    return this.count
  }

  /** Adds a claim (or replaces it, when its document and id are already indexed). */
  add(ref: ClaimRef, text: string): void {
    this.remove(ref)
    const slot = this.freeSlots.pop() ?? this.slots.length
    const signature = claimSignature(text)
    const terms = Int32Array.from(signature.words, (word) => this.termFor(word))
    const termPlaces = Array.from(terms, (term) => pushSlot(this.postings[term] as number[], slot))
    const group = groupOf(signature)
    const factPostings = this.factPostings(group)
    const facts = factPostings ? (group === Group.Figures ? signature.figures : signature.names) : []
    const factPlaces = facts.map((fact) => pushSlot(postingOf(factPostings!, fact), slot))
    const entry: Entry = {
      documentId: ref.documentId,
      claimId: ref.claimId,
      signature: { figures: signature.figures, names: signature.names },
      terms,
      termPlaces,
      facts,
      factPlaces,
      norm: 0
    }
    this.slots[slot] = entry
    this.slotOf.set(keyOf(ref), slot)
    this.ensureCapacity(this.slots.length)
    this.groups[slot] = group
    this.count++
    this.totalTerms += terms.length
    entry.norm = this.normUnder(entry, this.idf())
  }

  remove(ref: ClaimRef): void {
    const key = keyOf(ref)
    const slot = this.slotOf.get(key)
    const entry = slot === undefined ? undefined : this.slots[slot]
    if (slot === undefined || !entry) return
    entry.terms.forEach((term, i) => {
      const moved = takeOut(this.postings[term] as number[], entry.termPlaces[i] as number)
      const other = moved === undefined ? undefined : this.slots[moved]
      if (other) other.termPlaces[other.terms.indexOf(term)] = entry.termPlaces[i] as number
    })
    const factPostings = this.factPostings(this.groups[slot] as Group)
    entry.facts.forEach((fact, i) => {
      const posting = factPostings?.get(fact)
      if (!posting) return
      const moved = takeOut(posting, entry.factPlaces[i] as number)
      const other = moved === undefined ? undefined : this.slots[moved]
      if (other) other.factPlaces[other.facts.indexOf(fact)] = entry.factPlaces[i] as number
      if (posting.length === 0) factPostings?.delete(fact)
    })
    this.slots[slot] = undefined
    this.freeSlots.push(slot)
    this.slotOf.delete(key)
    this.count--
    this.totalTerms -= entry.terms.length
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
    const group = groupOf(query)
    if (group === Group.Figures) {
      for (const figure of query.figures) seed(this.figurePostings.get(figure), scan)
    } else if (group === Group.Names) {
      for (const name of query.names) seed(this.namePostings.get(name), scan)
    }
    // Claims with neither figures nor names can match any query without figures; they are found by their words.
    const openTo = group === Group.Figures ? -1 : Group.Plain
    let rest = queryNorm
    for (const { term, weight } of weighted) {
      const opens = rest >= enough
      rest -= weight
      const posting = term === undefined ? undefined : this.postings[term]
      if (term === undefined || !posting) continue
      if (opens && openTo >= 0) openWith(posting, weight, scan, this.groups, openTo)
      else if (posting.length > scan.touched.length) addWhereFound(this.slots, term, weight, scan)
      else addWhereSeen(posting, weight, scan)
    }

    this.refreshNorms()
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
   * Every indexed claim ranked against `text` by BM25 over the same folded words, figures and names
   * as `find`, without its precision gates (same figures, a shared name, a minimum similarity): the
   * ranking a fact-checker scans, as `claimcheck match` prints it. Term-at-a-time over the postings.
   */
  rank(text: string, limit = 5): (ClaimMatch & { sameFacts: boolean })[] {
    const query = claimSignature(text)
    const round = this.nextRound()
    const scan: Scan = { scores: this.scores, seen: this.seen, round, touched: [] }
    const averageLength = this.totalTerms / Math.max(1, this.count)
    for (const word of query.words) {
      const term = this.terms.get(word)
      const posting = term === undefined ? undefined : this.postings[term]
      if (!posting || posting.length === 0) continue
      const idf = Math.log(1 + (this.count - posting.length + 0.5) / (posting.length + 0.5))
      const weight = word.startsWith('#') ? idf * FIGURE_BOOST : word.startsWith('@') ? idf * NAME_BOOST : idf
      addBm25(posting, weight, this.slots, averageLength, scan)
    }
    const best = scan.touched
      .filter((slot) => this.slots[slot])
      .sort((a, b) => (this.scores[b] ?? 0) - (this.scores[a] ?? 0))
      .slice(0, limit)
    return best.flatMap((slot) => {
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

  /** Inverse document frequency at the index's current size, by how many claims hold a word. */
  private idf(): (frequency: number) => number {
    const total = this.count
    return (frequency) => Math.log((total + 1) / (frequency + 1)) + 1
  }

  /** The postings a claim of `group` is listed in by its facts (none for claims with neither). */
  private factPostings(group: Group): Map<string, number[]> | null {
    return group === Group.Figures ? this.figurePostings : group === Group.Names ? this.namePostings : null
  }

  private termFor(word: string): number {
    let term = this.terms.get(word)
    if (term === undefined) {
      term = this.postings.length
      this.terms.set(word, term)
      this.postings.push([])
      this.factTerms.push(isFactWord(word))
    }
    return term
  }

  private ensureCapacity(slots: number): void {
    if (this.scores.length >= slots) return
    const capacity = Math.max(slots, this.scores.length * 2)
    const groups = new Uint8Array(capacity)
    groups.set(this.groups)
    this.groups = groups
    this.scores = new Float64Array(capacity)
    this.seen = new Uint32Array(capacity)
    this.round = 0
  }

  private nextRound(): number {
    if (this.round === 0xffffffff) {
      this.seen.fill(0)
      this.round = 0
    }
    return ++this.round
  }

  /**
   * Every claim's vector length under the current idf, recomputed in one pass once the index has
   * grown or shrunk by NORM_DRIFT since the last pass (so each add costs O(1) on average).
   */
  private refreshNorms(): void {
    const size = this.count
    if (size <= this.normsAtSize * NORM_DRIFT && size * NORM_DRIFT >= this.normsAtSize) return
    const idf = this.idf()
    for (const entry of this.slots) if (entry) entry.norm = this.normUnder(entry, idf)
    this.normsAtSize = size
  }

  private normUnder(entry: Entry, idf: (frequency: number) => number): number {
    let norm = 0
    for (const term of entry.terms)
      if (!this.factTerms[term]) norm += idf(this.postings[term]?.length ?? 0) ** 2
    return norm
  }
}

type Facts = Pick<ClaimSignature, 'figures' | 'names'>

/**
 * The same figures (one side may state a figure more, as "ten years" for "a decade"; none may
 * differ), and a shared name when both sides name someone or somewhere.
 */
export function sameFacts(a: Facts, b: Facts): boolean {
  const [fewer, more] = a.figures.length <= b.figures.length ? [a.figures, b.figures] : [b.figures, a.figures]
  if (!fewer.every((figure) => more.includes(figure))) return false
  if (fewer.length === 0 && more.length > 0) return false
  if (a.names.length === 0 || b.names.length === 0) return true
  return a.names.some((name) => b.names.includes(name))
}

/** One query's scoring state. */
interface Scan {
  scores: Float64Array
  seen: Uint32Array
  round: number
  touched: number[]
}

// The hot loops, as small functions the engine optimises early.

/** Makes the claims of a posting candidates, with no score yet. */
function seed(posting: readonly number[] | undefined, scan: Scan): void {
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

/** Adds a word's weight to every candidate that has it, and makes candidates of the claims in group `open`. */
function openWith(
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
    else if (groups[slot] === open) {
      seen[slot] = round
      scores[slot] = weight
      touched.push(slot)
    }
  }
}

/** Adds a word's weight to the candidates among the claims that have it. */
function addWhereSeen(posting: readonly number[], weight: number, scan: Scan): void {
  const { scores, seen, round } = scan
  for (let i = 0; i < posting.length; i++) {
    const slot = posting[i] as number
    if (seen[slot] === round) scores[slot] = (scores[slot] as number) + weight
  }
}

/** The same, looking the word up in each candidate: cheaper when the word is common. */
function addWhereFound(
  slots: readonly (Entry | undefined)[],
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

/** Adds a word's BM25 weight (each claim holds a word once) to every claim that has it. */
function addBm25(
  posting: readonly number[],
  idf: number,
  slots: readonly (Entry | undefined)[],
  averageLength: number,
  scan: Scan
): void {
  const { scores, seen, round, touched } = scan
  for (let i = 0; i < posting.length; i++) {
    const slot = posting[i] as number
    const length = slots[slot]?.terms.length ?? averageLength
    const weight = (idf * (BM25_K1 + 1)) / (1 + BM25_K1 * (1 - BM25_B + (BM25_B * length) / averageLength))
    if (seen[slot] === round) scores[slot] = (scores[slot] as number) + weight
    else {
      seen[slot] = round
      scores[slot] = weight
      touched.push(slot)
    }
  }
}

/** Shared figures that tell a claim apart (not years, not counts up to ten), at most two. */
function tellingShared(a: readonly string[], b: readonly string[]): number {
  let shared = 0
  for (const figure of a) {
    if (!b.includes(figure) || /^(?:1[89]|20)\d\d$/.test(figure)) continue
    if (figure.endsWith('%') || Number(figure) > 10) shared++
  }
  return Math.min(2, shared)
}

const isFactWord = (word: string): boolean => word.startsWith('#') || word.startsWith('@')

function postingOf(postings: Map<string, number[]>, key: string): number[] {
  let posting = postings.get(key)
  if (!posting) postings.set(key, (posting = []))
  return posting
}

/** Appends a slot to a posting; answers where it went. */
function pushSlot(posting: number[], slot: number): number {
  return posting.push(slot) - 1
}

/**
 * Removes the slot at `place` from an unordered posting: the last one takes its place. Answers
 * the slot that moved (its owner must note its new place), if any did.
 */
function takeOut(posting: number[], place: number): number | undefined {
  const last = posting.pop() as number
  if (place >= posting.length) return undefined
  posting[place] = last
  return last
}

function keyOf(ref: ClaimRef): string {
  return `${ref.documentId}\u0000${ref.claimId}`
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000
}

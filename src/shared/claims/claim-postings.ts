/**
 * The claim index's store (see similar-claims-index.ts, which scores over it): each claim in a
 * slot, each word a term number with its posting of slots, the figure and name postings that
 * decide which claims a query may match, and each claim's vector length. Adding and removing a
 * claim touch only its own postings (each claim knows its place in them), so neither costs more as
 * the library grows.
 */
import { figureSetKey, Group, groupOf, isFactWord } from './claim-facts'
import type { ClaimRef, IndexedClaim } from './claim-index-scan'
import { claimTerms } from './claim-terms'

/** Idf drifts as claims are added; vector lengths are recomputed once the index grew or shrank by this factor. */
const NORM_DRIFT = 1.25

export class ClaimPostings {
  protected readonly slots: (IndexedClaim | undefined)[] = []
  protected readonly freeSlots: number[] = []
  protected readonly slotOf = new Map<string, number>()
  /** Each slot's `Group`. */
  protected groups = new Uint8Array(1024)
  protected readonly terms = new Map<string, number>()
  /** term → whether it is a figure or a name ("#13897", "@russia") rather than a word */
  protected readonly factTerms: boolean[] = []
  /** term → slots of the claims that contain the term (unordered: removal swaps with the last) */
  protected readonly postings: number[][] = []
  /** term → how often each claim of its posting holds it, in the posting's order */
  protected readonly frequencies: number[][] = []
  /**
   * figure → slots of the claims that state it; and a whole set of figures (figureSetKey) → slots
   * of the claims that state exactly those
   */
  protected readonly figurePostings = new Map<string, number[]>()
  /** name → slots of the claims without figures that name it */
  protected readonly namePostings = new Map<string, number[]>()
  protected count = 0
  /** The claims' lengths added up, for BM25's average length. */
  protected totalTerms = 0
  protected normsAtSize = 0
  /** Per query: the slots' scores, and which slots this query has scored (`seen[slot] === round`). */
  protected scores = new Float64Array(1024)
  protected seen = new Uint32Array(1024)
  protected round = 0
  get size(): number {
    return this.count
  }

  /** Adds a claim (or replaces it, when its document and id are already indexed). */
  add(ref: ClaimRef, text: string): void {
    this.remove(ref)
    const slot = this.freeSlots.pop() ?? this.slots.length
    const { signature, counts: counted, words } = claimTerms(text)
    const terms = Int32Array.from(counted.keys(), (word) => this.termFor(word))
    let length = 0
    const termPlaces = Array.from(counted.values(), (frequency, i) => {
      const term = terms[i] as number
      length += frequency
      this.frequencies[term]?.push(frequency)
      return pushSlot(this.postings[term] as number[], slot)
    })
    const group = groupOf(signature)
    const factPostings = this.factPostings(group)
    const facts = !factPostings
      ? []
      : group === Group.Figures
        ? [...signature.figures, figureSetKey(signature.figures)]
        : signature.names
    const factPlaces = facts.map((fact) => pushSlot(postingOf(factPostings!, fact), slot))
    const entry: IndexedClaim = {
      documentId: ref.documentId,
      claimId: ref.claimId,
      signature: { figures: signature.figures, names: signature.names },
      terms,
      sequence: Int32Array.from(words, (word) => this.termFor(word)),
      length,
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
    this.totalTerms += length
    entry.norm = this.normUnder(entry, this.idf())
  }

  remove(ref: ClaimRef): void {
    const key = keyOf(ref)
    const slot = this.slotOf.get(key)
    const entry = slot === undefined ? undefined : this.slots[slot]
    if (slot === undefined || !entry) return
    entry.terms.forEach((term, i) => {
      const place = entry.termPlaces[i] as number
      takeOut(this.frequencies[term] as number[], place)
      const moved = takeOut(this.postings[term] as number[], place)
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
    this.totalTerms -= entry.length
  }

  /** Inverse document frequency at the index's current size, by how many claims hold a word. */
  protected idf(): (frequency: number) => number {
    const total = this.count
    return (frequency) => Math.log((total + 1) / (frequency + 1)) + 1
  }

  /** The postings a claim of `group` is listed in by its facts (none for claims with neither). */
  protected factPostings(group: Group): Map<string, number[]> | null {
    return group === Group.Figures ? this.figurePostings : group === Group.Names ? this.namePostings : null
  }

  protected termFor(word: string): number {
    let term = this.terms.get(word)
    if (term === undefined) {
      term = this.postings.length
      this.terms.set(word, term)
      this.postings.push([])
      this.frequencies.push([])
      this.factTerms.push(isFactWord(word))
    }
    return term
  }

  protected ensureCapacity(slots: number): void {
    if (this.scores.length >= slots) return
    const capacity = Math.max(slots, this.scores.length * 2)
    const groups = new Uint8Array(capacity)
    groups.set(this.groups)
    this.groups = groups
    this.scores = new Float64Array(capacity)
    this.seen = new Uint32Array(capacity)
    this.round = 0
  }

  protected nextRound(): number {
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
  protected refreshNorms(): void {
    const size = this.count
    if (size <= this.normsAtSize * NORM_DRIFT && size * NORM_DRIFT >= this.normsAtSize) return
    const idf = this.idf()
    for (const entry of this.slots) if (entry) entry.norm = this.normUnder(entry, idf)
    this.normsAtSize = size
  }

  protected normUnder(entry: IndexedClaim, idf: (frequency: number) => number): number {
    let norm = 0
    for (const term of entry.terms)
      if (!this.factTerms[term]) norm += idf(this.postings[term]?.length ?? 0) ** 2
    return norm
  }
}

function keyOf(ref: ClaimRef): string {
  return `${ref.documentId}\u0000${ref.claimId}`
}

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

/**
 * Plain BM25 (k1 1.2, b 0.75) over lowercased words without stop words, folding or figures: the
 * baseline the claim matcher is compared with in bench/match-checkthat.ts.
 */
const stopWords = new Set(
  'a an the and or but if of in on at to for by as from with is are was were be been has have had it its this that these those he she they we i you not no'.split(
    ' '
  )
)

const tokens = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !stopWords.has(word))

export class Bm25 {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>()
  private readonly lengths: number[] = []
  private readonly ids: string[] = []

  add(id: string, text: string): void {
    const doc = this.ids.push(id) - 1
    const words = tokens(text)
    this.lengths.push(words.length)
    const counts = new Map<string, number>()
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
    for (const [word, tf] of counts) {
      const posting = this.postings.get(word) ?? []
      posting.push({ doc, tf })
      this.postings.set(word, posting)
    }
  }

  rank(text: string, limit: number): { id: string; score: number }[] {
    const total = this.ids.length
    const average = this.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, total)
    const scores = new Map<number, number>()
    for (const word of new Set(tokens(text))) {
      const posting = this.postings.get(word)
      if (!posting) continue
      const idf = Math.log(1 + (total - posting.length + 0.5) / (posting.length + 0.5))
      for (const { doc, tf } of posting) {
        const length = this.lengths[doc] ?? average
        const score = (idf * tf * 2.2) / (tf + 1.2 * (1 - 0.75 + (0.75 * length) / average))
        scores.set(doc, (scores.get(doc) ?? 0) + score)
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([doc, score]) => ({ id: this.ids[doc] ?? '', score }))
  }
}

/**
 * `npx tsx bench/match-checkthat.ts <checkthat2021-2b-train dir>`: finding previously fact-checked
 * claims for debate sentences (CLEF CheckThat! 2021 Task 2B, 702 sentences against 19,250
 * PolitiFact claims), MAP@5 of the claim matcher (ClaimIndex.rank, as `claimcheck match` runs it)
 * against plain BM25 in the same run, and each one's lookup time. The matcher's choices were made
 * on the lab's training debates (the Train QRELs); its development debates (the Dev QRELs, none
 * shared with training) are held out, so MAP@5 is given on each part and on the whole. Prints
 * JSON. Not a test.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ClaimIndex } from '../src/shared/claims'
import { Bm25 } from './lib/bm25'

const TOP = 5
const dir = process.argv[2]
if (!dir) throw new Error('Usage: npx tsx bench/match-checkthat.ts <checkthat2021-2b-train dir>')

const pool = readFileSync(join(dir, 'politifact-vclaims.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; claim: string; title?: string })
const queries = readFileSync(join(dir, 'CT2022-Task2B-EN-Train-Dev_Queries.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [id = '', text = ''] = line.split('\t')
    return { id, text }
  })
const relevant = new Map<string, Set<string>>()
/** Query id → the part it belongs to. */
const partOf = new Map<string, Part>()
type Part = 'train' | 'heldOut'
for (const [file, part] of [
  ['CT2022-Task2B-EN-Train_QRELs.tsv', 'train'],
  ['CT2022-Task2B-EN-Dev_QRELs.tsv', 'heldOut']
] as const) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    const [query, , claim] = line.split('\t')
    if (!query || !claim) continue
    relevant.set(query, (relevant.get(query) ?? new Set()).add(claim))
    partOf.set(query, part)
  }
}

/** Average precision in the top five, over the query's relevant claims (the lab's scorer). */
function averagePrecision(ranked: readonly string[], gold: ReadonlySet<string>): number {
  let found = 0
  let sum = 0
  ranked.slice(0, TOP).forEach((id, rank) => {
    if (!gold.has(id)) return
    found++
    sum += found / (rank + 1)
  })
  return gold.size === 0 ? 0 : sum / gold.size
}

interface Scores {
  /** MAP@5 on the training debates (where the matcher's choices were made), the held-out ones, and all. */
  map5: { train: number; heldOut: number; all: number }
  lookupMedianMs: number
  lookupP95Ms: number
}

function evaluate(rank: (text: string) => string[]): Scores {
  const precisions: Record<Part | 'all', number[]> = { train: [], heldOut: [], all: [] }
  const times: number[] = []
  for (const query of queries) {
    const gold = relevant.get(query.id)
    const part = partOf.get(query.id)
    if (!gold || !part) continue
    const started = performance.now()
    const ranked = rank(query.text)
    times.push(performance.now() - started)
    const precision = averagePrecision(ranked, gold)
    precisions[part].push(precision)
    precisions.all.push(precision)
  }
  times.sort((a, b) => a - b)
  const mean = (values: number[]): number =>
    round(values.reduce((sum, value) => sum + value, 0) / values.length)
  return {
    map5: { train: mean(precisions.train), heldOut: mean(precisions.heldOut), all: mean(precisions.all) },
    lookupMedianMs: round(times[times.length >> 1] ?? 0),
    lookupP95Ms: round(times[Math.floor(times.length * 0.95)] ?? 0)
  }
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000
const poolText = (claim: (typeof pool)[number]): string => `${claim.claim} ${claim.title ?? ''}`

const matcher = new ClaimIndex()
for (const claim of pool) matcher.add({ documentId: 'pool', claimId: claim.id }, poolText(claim))
const bm25 = new Bm25()
for (const claim of pool) bm25.add(claim.id, poolText(claim))

console.log(
  JSON.stringify(
    {
      bench: 'claim matching, CLEF CheckThat! 2021 Task 2B (train + dev), MAP@5',
      queries: {
        train: queries.filter((query) => partOf.get(query.id) === 'train').length,
        heldOut: queries.filter((query) => partOf.get(query.id) === 'heldOut').length
      },
      pool: pool.length,
      matcher: evaluate((text) => matcher.rank(text, TOP).map((match) => match.claimId)),
      bm25Baseline: evaluate((text) => bm25.rank(text, TOP).map((match) => match.id))
    },
    null,
    2
  )
)

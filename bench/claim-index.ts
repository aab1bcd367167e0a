/**
 * Benchmark: looking a claim up among 100,000 reviewed claims with the incremental TF-IDF index of
 * src/shared/claims/similar-claims-index.ts, against a plain scan that scores every claim with the
 * same cosine (the baseline), in the same run; and ranking them all for a sentence
 * (ClaimIndex.rank, as `claimcheck match` does). Claims are generated from templates with seeded
 * names, places and figures, so many share words. Prints JSON: build time (wall and CPU), lookup
 * median and p95 (wall and CPU time). Not a test.
 */
import { loadavg } from 'node:os'
import {
  ClaimIndex,
  claimSignature,
  sameFacts,
  MATCH_SIMILARITY
} from '../src/shared/claims/similar-claims-index'

const CLAIMS = Number(process.argv[2] ?? 100_000)
const QUERIES = 200

let state = 42
const random = (): number => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0
  return state / 4294967296
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const people = [
  'Ana Ruiz',
  'Tom Berg',
  'Lena Ortiz',
  'Sam Hale',
  'Priya Nair',
  'Omar Haddad',
  'Jo Blake',
  'Kai Moreno'
]
const places = [
  'Ohio',
  'Lisbon',
  'Detroit',
  'Rotterdam',
  'Nairobi',
  'Kyiv',
  'Texas',
  'Manila',
  'Quebec',
  'Perth'
]
const things = [
  'homes',
  'jobs',
  'ships',
  'patients',
  'schools',
  'bridges',
  'farms',
  'buses',
  'clinics',
  'permits'
]
const verbs = [
  'built',
  'cut',
  'added',
  'lost',
  'approved',
  'inspected',
  'closed',
  'opened',
  'funded',
  'counted'
]
const templates = [
  (): string =>
    `${pick(people)} said ${pick(places)} ${pick(verbs)} ${Math.floor(random() * 90_000)} ${pick(things)} in ${2000 + Math.floor(random() * 25)}.`,
  (): string =>
    `In ${pick(places)}, officials ${pick(verbs)} ${Math.floor(random() * 900)} ${pick(things)}, up ${Math.floor(random() * 60)}% on the year before.`,
  (): string =>
    `According to ${pick(people)}, ${pick(things)} in ${pick(places)} were ${pick(verbs)} because of the budget.`
]
const texts = Array.from({ length: CLAIMS }, () => pick(templates)())

const started = performance.now()
const cpuFrom = process.cpuUsage()
const index = new ClaimIndex()
texts.forEach((text, number) => index.add({ documentId: `d${number % 1000}`, claimId: `c${number}` }, text))
const buildMs = performance.now() - started
const buildCpu = process.cpuUsage(cpuFrom)

// The baseline: every claim's signature precomputed, each query scored against all of them.
const signatures = texts.map((text) => claimSignature(text))
function scan(text: string): number {
  const query = claimSignature(text)
  const words = new Set(query.words)
  let found = 0
  for (const signature of signatures) {
    const shared = signature.words.filter((word) => words.has(word)).length
    const cosine = shared / Math.sqrt(words.size * signature.words.length || 1)
    if (cosine >= MATCH_SIMILARITY && sameFacts(query, signature)) found++
  }
  return found
}

interface Timing {
  medianMs: number
  p95Ms: number
  /** The same, in CPU time: what the lookup costs, whatever else the machine is running. */
  cpuMedianMs: number
  cpuP95Ms: number
}

/** Wall and CPU time per lookup, after one untimed pass (the main process that serves lookups runs warm). */
function timings(lookup: (text: string) => unknown): Timing {
  const queries = Array.from({ length: QUERIES }, (_, query) => texts[(query * 7919) % texts.length] ?? '')
  for (const text of queries) lookup(text)
  const wall: number[] = []
  const cpu: number[] = []
  for (const text of queries) {
    const cpuFrom = process.cpuUsage()
    const from = performance.now()
    lookup(text)
    wall.push(performance.now() - from)
    const used = process.cpuUsage(cpuFrom)
    cpu.push((used.user + used.system) / 1000)
  }
  const at = (times: number[], share: number): number => {
    const sorted = [...times].sort((a, b) => a - b)
    return Math.round((sorted[Math.floor(share * (sorted.length - 1))] ?? 0) * 100) / 100
  }
  return {
    medianMs: at(wall, 0.5),
    p95Ms: at(wall, 0.95),
    cpuMedianMs: at(cpu, 0.5),
    cpuP95Ms: at(cpu, 0.95)
  }
}

console.log(
  JSON.stringify({
    bench: 'claim index',
    claims: CLAIMS,
    buildMs: Math.round(buildMs),
    buildCpuMs: Math.round((buildCpu.user + buildCpu.system) / 1000),
    lookup: {
      index: timings((text) => index.find(text)),
      fullScan: timings(scan),
      // The ranking `claimcheck match` prints: every claim sharing a word scored, the best 100 weighed again by their phrases.
      rank: timings((text) => index.rank(text, 5))
    },
    // Wall times stretch when other processes share the cores: the load says how busy the machine was.
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10
  })
)

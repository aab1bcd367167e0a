/**
 * Benchmark: our sentence segmenter against plain Intl.Segmenter on the same generated news text
 * (≥ 5 MB; both segment paragraph by paragraph, because Intl.Segmenter is quadratic on one long
 * string). Ours is also timed on the whole text as one paragraph, to show it stays linear. Prints
 * JSON: MB/s for each and, when a Golden Rules path is given (argument or GOLDEN_RULES), each one's
 * score there. Not a test.
 *
 * MB/s are per second of this process's CPU time, the best of three rounds taken in turn: on a
 * shared machine the wall clock mostly measures the other processes, and taking turns gives each
 * segmenter the same share of whatever load there is.
 * Run: npx tsx bench/segment.ts [golden-rules-en.json]
 */
import { readFileSync } from 'node:fs'
import { segmentSentences } from '../src/shared/text/segment'
import { readGoldenRules, scoreGoldenRules } from './lib/golden-rules'

/** Abbreviation-heavy sentences, mixed in so the rules are exercised more than in plain prose. */
const stressSentences = [
  'Mr. Smith met Dr. Jones at 5 p.m. on Jan. 5 in the U.S. Capitol.',
  'Prices rose 3.5% in the quarter, to $13,897.50 per unit, according to Acme Inc. officials.',
  '“We will not accept this,” she said. “Not now, not ever.”',
  'He paused . . . and then, after a long silence, went on (as he always did).',
  'Sen. Warren questioned Gov. Newsom about the No. 2 priority—housing—for 20 minutes.',
  'J. K. Rowling and George W. Bush were never in the same room. Was it worth it? Nobody knows!'
]

/**
 * News prose: the sample article's paragraphs, and after every three of them one paragraph of
 * stress sentences, repeated until `bytes` are reached.
 */
export function generateText(bytes: number): string[] {
  const article = readFileSync(new URL('../resources/sample-article.txt', import.meta.url), 'utf8')
  const prose = article.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
  const paragraphs: string[] = []
  let size = 0
  for (let n = 0; size < bytes; n++) {
    const paragraph =
      n % 4 === 3 ? stressSentences.slice(n % 3, (n % 3) + 4).join(' ') : (prose[n % prose.length] ?? '')
    paragraphs.push(paragraph)
    size += Buffer.byteLength(paragraph)
  }
  return paragraphs
}

type Segment = (text: string) => string[]

const ours: Segment = (text) => segmentSentences(text).map((span) => text.slice(span.start, span.end))
const intl = new Intl.Segmenter('en', { granularity: 'sentence' })
const plain: Segment = (text) =>
  Array.from(intl.segment(text), (piece) => piece.segment.trim()).filter((piece) => piece !== '')

const ROUNDS = 3

/** CPU seconds (user + system) that `work` takes. */
export function cpuSeconds(work: () => void): number {
  const before = process.cpuUsage()
  work()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1e6
}

function segmentSeconds(paragraphs: string[], segment: Segment): number {
  let count = 0
  const seconds = cpuSeconds(() => {
    for (const paragraph of paragraphs) count += segment(paragraph).length
  })
  if (count === 0) throw new Error('no sentences found')
  return seconds
}

/** MB per CPU second for each segmenter on its texts: the best of ROUNDS rounds, taken in turn. */
function megabytesPerSecond(bytes: number, runs: [Segment, string[]][]): number[] {
  const best = runs.map(() => Infinity)
  for (let round = 0; round < ROUNDS; round++) {
    runs.forEach(([segment, paragraphs], index) => {
      best[index] = Math.min(best[index]!, segmentSeconds(paragraphs, segment))
    })
  }
  return best.map((seconds) => Math.round((bytes / 1e6 / seconds) * 10) / 10)
}

export function runSegmentBench(goldenRulesPath?: string): object {
  const paragraphs = generateText(5.5e6)
  const bytes = paragraphs.reduce((sum, paragraph) => sum + Buffer.byteLength(paragraph), 0)
  const cases = goldenRulesPath ? readGoldenRules(goldenRulesPath) : null
  const score = (segment: Segment): number | null => (cases ? scoreGoldenRules(cases, segment).score : null)
  const [oursRate, oneParagraphRate, intlRate] = megabytesPerSecond(bytes, [
    [ours, paragraphs],
    [ours, [paragraphs.join(' ')]],
    [plain, paragraphs]
  ])
  return {
    bench: 'segment',
    inputMB: Math.round(bytes / 1e5) / 10,
    paragraphs: paragraphs.length,
    ours: { mbPerSecond: oursRate, goldenRules: score(ours) },
    oursAsOneParagraph: { mbPerSecond: oneParagraphRate },
    intlSegmenter: { mbPerSecond: intlRate, goldenRules: score(plain) },
    oursVsIntlSegmenter: Math.round(((oursRate ?? 0) / (intlRate ?? 1)) * 100) / 100
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(runSegmentBench(process.argv[2] ?? process.env['GOLDEN_RULES']), null, 2))
}

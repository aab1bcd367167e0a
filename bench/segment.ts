/**
 * Benchmark: our sentence segmenter against plain Intl.Segmenter on the same generated news text
 * (≥ 5 MB; both segment paragraph by paragraph, because Intl.Segmenter is quadratic on one long
 * string). Ours is also timed on the whole text as one paragraph, to show it stays linear. Prints JSON: MB/s for each and, when a Golden Rules path is given
 * (argument or GOLDEN_RULES), each one's score there. Not a test.
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

function megabytesPerSecond(paragraphs: string[], bytes: number, segment: Segment): number {
  segment(paragraphs[0] ?? '') // warm up
  const started = performance.now()
  let count = 0
  for (const paragraph of paragraphs) count += segment(paragraph).length
  const seconds = (performance.now() - started) / 1000
  if (count === 0) throw new Error('no sentences found')
  return Math.round((bytes / 1e6 / seconds) * 10) / 10
}

export function runSegmentBench(goldenRulesPath?: string): object {
  const paragraphs = generateText(5.5e6)
  const bytes = paragraphs.reduce((sum, paragraph) => sum + Buffer.byteLength(paragraph), 0)
  const cases = goldenRulesPath ? readGoldenRules(goldenRulesPath) : null
  const score = (segment: Segment): number | null => (cases ? scoreGoldenRules(cases, segment).score : null)
  return {
    bench: 'segment',
    inputMB: Math.round(bytes / 1e5) / 10,
    paragraphs: paragraphs.length,
    ours: { mbPerSecond: megabytesPerSecond(paragraphs, bytes, ours), goldenRules: score(ours) },
    oursAsOneParagraph: { mbPerSecond: megabytesPerSecond([paragraphs.join(' ')], bytes, ours) },
    intlSegmenter: { mbPerSecond: megabytesPerSecond(paragraphs, bytes, plain), goldenRules: score(plain) }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(runSegmentBench(process.argv[2] ?? process.env['GOLDEN_RULES']), null, 2))
}

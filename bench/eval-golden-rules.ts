/**
 * `npm run eval -- <golden-rules.json>`: our segmenter's score on the Golden Rules, with every
 * case it gets wrong, as JSON.
 */
import { segmentSentences } from '../src/shared/text/segment'
import { readGoldenRules, scoreGoldenRules } from './lib/golden-rules'

const path = process.argv[2] ?? process.env['GOLDEN_RULES']
if (!path) {
  console.error('usage: npm run eval -- <path to golden-rules-en.json>')
  process.exit(1)
}
const result = scoreGoldenRules(readGoldenRules(path), (text) =>
  segmentSentences(text).map((span) => text.slice(span.start, span.end))
)
console.log(JSON.stringify(result, null, 2))

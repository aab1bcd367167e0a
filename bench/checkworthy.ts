/**
 * Benchmark: scoring check-worthiness with the learned model against the hand-weighted score it
 * replaced, on the same sentences (the sample article's claims, repeated) in the same run. Both
 * are timed alone, given what the claims engine reads in a sentence (its kinds and numbers), and
 * with that reading included, as the app runs them. Prints JSON: sentences per second. Not a test.
 */
import { readFileSync } from 'node:fs'
import { readClaim } from '../src/shared/claims/analyze'
import { findPeople } from '../src/shared/claims/people'
import { checkWorthiness } from '../src/shared/claims/score'
import { splitClaims } from '../src/shared/claims/split-claims'
import { handWeightedScore } from './lib/hand-weighted-score'

const article = readFileSync(new URL('../resources/sample-article.txt', import.meta.url), 'utf8')
const paragraphs = article.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
const sentences = paragraphs.flatMap((paragraph) =>
  splitClaims(paragraph).map((span) => paragraph.slice(span.start, span.end))
)
const people = findPeople(article)
const REPEAT = 400
const corpus = Array.from({ length: REPEAT }, () => sentences).flat()
const read = corpus.map((text) => readClaim(text, { people, previousText: null }))

function perSecond(score: (index: number) => number): number {
  for (let index = 0; index < 2000; index++) score(index % corpus.length) // warm up
  const started = performance.now()
  let sum = 0
  for (let index = 0; index < corpus.length; index++) sum += score(index)
  const seconds = (performance.now() - started) / 1000
  if (Number.isNaN(sum)) throw new Error('a score was not a number')
  return Math.round(corpus.length / seconds)
}

const handWeighted = (index: number): number => {
  const facts = read[index]
  return facts ? handWeightedScore(facts.kinds, facts.numbers.length, facts.quote?.speaker != null) : 0
}
const learned = (index: number): number => {
  const facts = read[index]
  return facts ? checkWorthiness(corpus[index] ?? '', facts) : 0
}
const readAnd = (score: (index: number) => number) => (index: number) => {
  read[index] = readClaim(corpus[index] ?? '', { people, previousText: null })
  return score(index)
}

console.log(
  JSON.stringify({
    bench: 'check-worthiness',
    sentences: corpus.length,
    sentencesPerSecond: {
      scoreOnly: { learnedModel: perSecond(learned), handWeighted: perSecond(handWeighted) },
      withClaimReading: {
        learnedModel: perSecond(readAnd(learned)),
        handWeighted: perSecond(readAnd(handWeighted))
      }
    }
  })
)

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { parsePlainText } from '../text/plain-text'
import { analyzeArticle } from './analyze'

const sample = readFileSync(new URL('../../../resources/sample-article.txt', import.meta.url), 'utf8')
/** Reviewed by hand; regenerate with `npx tsx src/cli/claimcheck.ts claims resources/sample-article.txt --json`. */
const golden = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/claims/sample-article.claims.json', import.meta.url), 'utf8')
) as { claims: { text: string; kinds: string[]; score: number; numbers: unknown[] }[] }

const article = buildArticle(parsePlainText(sample, 'sample-article.txt'))
const analysis = analyzeArticle(article)
const claimText = (index: number): string => {
  const claim = article.claims[index]
  return claim ? article.text.slice(claim.start, claim.end) : ''
}

describe('the sample article (golden)', () => {
  it('has exactly the reviewed body claims, in order', () => {
    expect(article.claims.map((_, index) => claimText(index))).toEqual(
      golden.claims.map((claim) => claim.text)
    )
    expect(article.claims).toHaveLength(30)
  })

  it('keeps each multi-sentence quotation in one claim with the sentence introducing it', () => {
    // The article's own claims, not the golden file: this checks the segmenter, not the fixture.
    const claims = article.claims.map((_, index) => claimText(index))
    const bolton = claims.find((text) => text.startsWith('John Bolton')) ?? ''
    expect(bolton).toMatch(/stated, "Trump wants .* campaign\. He doesn't care .* just getting one\."$/)
  })

  it('gives every claim the reviewed kinds, score and numbers', () => {
    expect(
      analysis.claims.map(({ kinds, score, numbers }) => ({
        kinds,
        score,
        numbers: numbers.map(({ text, value, unit }) => ({ text, value, unit }))
      }))
    ).toEqual(golden.claims.map(({ kinds, score, numbers }) => ({ kinds, score, numbers })))
  })

  it('finds the numbers with their units', () => {
    const numbers = analysis.claims.flatMap((claim) => claim.numbers.map((n) => [n.text, n.value, n.unit]))
    expect(numbers).toEqual([
      ['13,897 missiles', 13897, 'missiles'],
      ['38 per day', 38, 'per day'],
      ['57,333', 57333, null],
      ['157 daily', 157, 'per day'],
      ['300%', 300, '%'],
      ['35,000 soldiers', 35000, 'soldiers'],
      ['1.2 million military casualties', 1200000, 'casualties'],
      ['up to 325,000 deaths', 325000, 'deaths']
    ])
  })

  it('finds the quoted statements and their speakers, and no scare quotes', () => {
    const quotes = analysis.claims.flatMap((claim) => (claim.quote ? [claim.quote] : []))
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      'Donald Trump',
      'John Bolton',
      'Jim Townsend',
      'Musalia Mudavadi',
      'Fiona Hill',
      'Fiona Hill'
    ])
    expect(quotes[0]?.text).toBe("Ukraine better come to the table fast, is all I'm telling you")
    expect(quotes[3]?.text).toBe('unacceptable and clandestine.')
    const all = quotes.map((quote) => quote.text).join(' ')
    for (const scare of ['genius', 'hoax', 'blood and soil', 'great opportunity'])
      expect(all).not.toContain(scare)
  })

  it('checks exactly the three relations the article states, with the working', () => {
    expect(
      analysis.checks.map(({ claimIds, verdict, tolerance }) => ({ claimIds, verdict, tolerance }))
    ).toEqual([
      { claimIds: ['c4'], verdict: 'consistent', tolerance: undefined },
      { claimIds: ['c5'], verdict: 'consistent', tolerance: undefined },
      { claimIds: ['c4', 'c5'], verdict: 'approximately', tolerance: 0.05 }
    ])
    expect(analysis.checks.map((check) => check.working)).toEqual([
      '13,897 ÷ 366 days = 37.97 per day; stated 38 (matches as stated)',
      '57,333 ÷ 365 days = 157.08 per day; stated 157 (matches as stated)',
      '(157 − 38) ÷ 38 = +313.2%; stated +300% (off by 4.2%, within the 5% tolerance)'
    ])
  })
})

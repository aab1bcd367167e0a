import { describe, expect, it } from 'vitest'
import { newsroomArticles } from '../../test/fixtures/claims/newsroom-articles'
import { newsArticles } from '../../test/fixtures/claims/quote-articles'
import { isBadSpeaker, quoteCensus } from './quote-census'

describe('quote attribution bars on our own news articles', () => {
  const census = quoteCensus(newsArticles)

  it('leaves at most one quotation in five unattributed', () => {
    expect(census.quotes).toBeGreaterThanOrEqual(40)
    expect(census.unattributed / census.quotes).toBeLessThanOrEqual(0.2)
  })

  it('gives every quotation introduced by "he said" and its variants a speaker', () => {
    expect(census.pronounAttributed).toBeGreaterThanOrEqual(5)
    expect(census.pronounAttributedWithSpeaker).toBe(census.pronounAttributed)
  })

  it('never names a month, a weekday, a pronoun or a lowercase word as a speaker', () => {
    expect(census.badSpeakers).toEqual([])
  })
})

describe('quotation bars on the newsroom articles (issue 26)', () => {
  const census = quoteCensus(newsroomArticles)

  it('leaves at most one quotation in ten without a speaker and marks terms, titles and nicknames', () => {
    expect(census.quotes).toBeGreaterThanOrEqual(25)
    expect(census.unattributed / census.quotes).toBeLessThanOrEqual(0.1)
    expect(census.terms).toBeGreaterThanOrEqual(8)
    expect(census.badSpeakers).toEqual([])
  })
})

describe('what a speaker may not be', () => {
  it('refuses months, weekdays, pronouns and lowercase words, and accepts names', () => {
    expect(['June', 'Tuesday', 'He', 'critics', 'the mayor'].filter(isBadSpeaker)).toHaveLength(5)
    expect(
      ['Theresa May', 'Lakeshore Island Council', 'Bank of England', 'Maria de la Cruz'].some(isBadSpeaker)
    ).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { parsePlainText } from '../text/plain-text'
import {
  boxingArticle,
  budgetArticle,
  clinicArticle,
  geneArticle,
  housingArticle
} from '../../../test/fixtures/claims/newsroom-articles'
import { analyzeArticle } from './analyze'

/** Each quotation's speaker (or "—"), and each marked term as "as: text", in reading order. */
function readings(text: string): string[] {
  const analysis = analyzeArticle(buildArticle(parsePlainText(text, 'article.txt')))
  return analysis.claims.flatMap(({ quote, terms }) => [
    ...(quote ? [`${quote.speaker ?? '—'} (${quote.certainty ?? 'none'})`] : []),
    ...terms.map((term) => `${term.as}: ${term.text}`)
  ])
}

describe('speakers and quotations in newsroom articles', () => {
  it('names speakers with apostrophes, hyphens and middle initials, and never splits at an initial', () => {
    expect(readings(budgetArticle)).toEqual([
      'Michael O’Donnell (stated)',
      'Michael O’Donnell (inferred)',
      'Michael O’Donnell (inferred)',
      'William G. Gale (stated)',
      'C. Eugene Steuerle (stated)',
      'C. Eugene Steuerle (inferred)',
      'C. Eugene Steuerle (inferred)',
      'Ines D’Souza-Marsh (inferred)',
      'title: Fiscal Outlook 2025: Holding the Line'
    ])
  })

  it('keeps particles in names and continues a speaker into the next paragraph', () => {
    expect(readings(geneArticle)).toEqual([
      'term: search and replace function',
      'Ludwig van der Berg (stated)',
      'Ludwig van der Berg (inferred)',
      'Ludwig van der Berg (inferred)',
      'title: 10 Breakthrough Technologies 2014: Genome Editing',
      'title: Nature Methods',
      'Maria de la Cruz (stated)',
      'Maria de la Cruz (inferred)',
      'term: slippery slope'
    ])
  })

  it('marks nicknames and hands a quotation to the person the sentence before is about', () => {
    expect(readings(boxingArticle)).toEqual([
      'nickname: El Toro',
      'Rodrigo Mendes (stated)',
      'Rodrigo Mendes (inferred)',
      'nickname: the Professor',
      'Jean-Luc Aubert (inferred)',
      'Sam O’Reilly (inferred)',
      'Jean-Luc Aubert (stated)'
    ])
  })

  it('reads capitalised particles, and takes report titles and scare quotes for what they are', () => {
    expect(readings(housingArticle)).toEqual([
      'Amara bin Yusuf (stated)',
      'Amara bin Yusuf (inferred)',
      'Peter J. Halloran (stated)',
      'title: Rail Yard Options and Costs',
      'term: misleading and unfair',
      'Rosa Di Marco (stated)',
      'term: smokescreen'
    ])
  })

  it('follows a speaker through "she said" and bare quotations, and a study title is no quotation', () => {
    expect(readings(clinicArticle)).toEqual([
      'Aoife O’Brien (stated)',
      'Aoife O’Brien (inferred)',
      'Aoife O’Brien (inferred)',
      'Tom McAllister (stated)',
      'Tom McAllister (inferred)',
      'Tom McAllister (inferred)',
      'title: Nursing Shortages in Rural Counties'
    ])
  })

  it('gives a quotation to the subject of the sentence before, to no one after a sentence naming someone else in passing, nor two paragraphs on', () => {
    const text = `Harbour Works

“The pier will open in June,” said Lena Ashworth.

The contractor, Paul Brennan, disagreed.

“Nobody has told us anything.”

The pier was designed by the firm of Tom Keane in 2019.

“It is a fine design.”

“We expect delays,” said Ashworth.

The weather was calm on Tuesday.

Work stopped at noon.

“It is a mess.”
`
    expect(readings(text)).toEqual([
      'Lena Ashworth (stated)',
      'Paul Brennan (inferred)',
      '— (none)',
      'Lena Ashworth (stated)',
      '— (none)'
    ])
  })
})

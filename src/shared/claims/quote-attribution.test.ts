import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { parsePlainText } from '../text/plain-text'
import { ferryArticle, harbourArticle, unnamedArticle } from '../../../test/fixtures/claims/quote-articles'
import { analyzeArticle } from './index'

/** Each quotation of an article as "speaker (certainty): its first four words". */
function attributions(text: string): string[] {
  const analysis = analyzeArticle(buildArticle(parsePlainText(text, 'article.txt')))
  return analysis.claims.flatMap(({ quote }) =>
    quote
      ? [
          `${quote.speaker ?? '—'} (${quote.certainty ?? 'none'}): ${quote.text.split(' ').slice(0, 4).join(' ')}`
        ]
      : []
  )
}

describe('quote attribution across an article', () => {
  const ferry = attributions(ferryArticle)

  it('finds a name behind a title and before a party, and a partial quote after the verb', () => {
    expect(ferry[0]).toBe('Harriet Okafor (stated): rewards an operator that')
    expect(ferry[3]).toBe('Dana Whitcombe (stated): cut its crossing times')
  })

  it('gives "he said", "she added" and "she admitted" to the person named most recently', () => {
    expect(ferry[1]).toBe('Martin Hollis (inferred): Without the subsidy, the')
    expect(ferry[4]).toBe('Dana Whitcombe (inferred): because fuel went up')
    expect(ferry[7]).toBe('Harriet Okafor (inferred): An operator that misses')
  })

  it('gives a quotation opening the next sentence to the same speaker, as inferred', () => {
    expect(ferry[2]).toBe('Martin Hollis (inferred): We are not going')
    expect(ferry[5]).toBe('Dana Whitcombe (stated): It has been a')
    expect(ferry[6]).toBe('Dana Whitcombe (inferred): Nobody here wants to')
  })

  it('gives "according to the statement" to the organisation that issued it, in full', () => {
    expect(ferry[8]).toBe('Lakeshore Island Council (inferred): the only realistic way')
  })

  it('leaves a quotation by unnamed people unattributed, and scare quotes out', () => {
    expect(ferry[9]).toBe('— (none): a lifeline for the')
    expect(ferry).toHaveLength(10)
  })

  it('follows a quotation over a paragraph break and keeps a nested quotation whole', () => {
    expect(attributions(harbourArticle)).toEqual([
      'Ines Calloway (stated): We had forty boats',
      'Ines Calloway (inferred): Now we have eleven,',
      'Ines Calloway (inferred): Nobody under thirty is',
      'Ines Calloway (stated): My father told me,',
      '— (none): The fish are still'
    ])
  })

  it('never makes a month, a weekday or a pronoun a speaker when nobody is named', () => {
    expect(attributions(unnamedArticle)).toEqual([
      '— (none): We could not make',
      '— (none): the hardest decision of'
    ])
  })
})

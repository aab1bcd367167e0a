import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { parsePlainText } from '../text/plain-text'
import {
  councilArticle,
  factoryArticle,
  ferryArticle,
  harbourArticle,
  interviewArticle,
  transcriptArticle,
  unnamedArticle
} from '../../../test/fixtures/claims/quote-articles'
import { analyzeArticle } from './analyze'

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

  it("gives an interview's answers to the person named before the questions, and no question a speaker", () => {
    expect(attributions(interviewArticle)).toEqual([
      'Priya Raman (inferred): About a fifth of',
      'Priya Raman (inferred): Most of that goes',
      'Priya Raman (inferred): We will replace forty',
      'Priya Raman (inferred): Yes, by about six',
      'Priya Raman (inferred): I would rather say',
      'Priya Raman (inferred): The reservoir.',
      'Priya Raman (inferred): It was at 41'
    ])
  })

  it("reads a transcript's capitalised labels as stated speakers, in full, and skips the questions", () => {
    expect(attributions(transcriptArticle)).toEqual([
      'Lena Ashworth (stated): Not at this price.',
      'Lena Ashworth (stated): The estimate has doubled',
      'Kenji Nakamura (stated): I would build it.',
      'Kenji Nakamura (stated): Every year we wait',
      'Lena Ashworth (stated): That figure comes from',
      'Lena Ashworth (stated): never been against a',
      'Kenji Nakamura (stated): good for the city.'
    ])
  })

  it('follows "who voted against", "he admitted" and a quote before "Alvarez said"', () => {
    expect(attributions(councilArticle)).toEqual([
      'Teresa Alvarez (stated): hit the neighbourhoods with',
      'Teresa Alvarez (inferred): smaller than one month',
      'Owen Pritchard (stated): We looked at every',
      'Owen Pritchard (inferred): There is no version',
      'Owen Pritchard (inferred): It is not the',
      'Ruth Adeyemi (stated): Nobody asked us how',
      'Teresa Alvarez (stated): That is less than',
      '— (none): explore every avenue to'
    ])
  })

  it('skips an appositive, follows "told reporters" and "wrote in a post", keeps a nested quote', () => {
    expect(attributions(factoryArticle)).toEqual([
      'Sofia Lindqvist (stated): fallen well short of',
      'Sofia Lindqvist (inferred): before the end of',
      'Sofia Lindqvist (stated): We are not cancelling',
      'Sofia Lindqvist (inferred): We are building it',
      'Arne Solberg (stated): left in the dark',
      "Marcus Feld (inferred): They said, 'This plant"
    ])
  })
})

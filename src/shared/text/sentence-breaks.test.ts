import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { seededRandom } from '../seeded-random'
import { sentenceBreaks } from './sentence-breaks'

const intl = new Intl.Segmenter('en', { granularity: 'sentence' })
const intlBreaks = (text: string): number[] =>
  Array.from(intl.segment(text), (segment) => segment.index).filter((index) => index > 0)
const breaks = (text: string): number[] => sentenceBreaks(text, 0, text.length)

const paragraphsOf = (path: string): string[] =>
  readFileSync(new URL(path, import.meta.url), 'utf8').split(/\n\s*\n/)

/** Characters from every class the rules tell apart, in several scripts and both surrogate halves. */
const alphabet = [
  ...'abZQ  ..!?,;:"\'()[]{}“”’‘«»‹›19%$&/\t\n\r',
  ...'\u00a0\u0301\u0300\u0903\u200b\u200d\u00ad\u2060\ufeff\u2028\u2029\u0085\u3000',
  ...'…—–-éÉßªΩжЖ中。１‼⁇¿¡٫․ǅⓐⒶ❝〝',
  '\u{1F600}',
  '\u{1F3FB}',
  '\u{1D400}',
  '\u{10400}',
  '\u{10428}'
]

describe('sentenceBreaks', () => {
  it('breaks after terminators, but not inside 3.5 or U.S, nor before a lower-case word', () => {
    // After "U.S." comes a break: telling acronyms from endings is sentence-rules' job.
    expect(breaks('It rose 3.5% in the U.S. Senate, e.g. the vote. Next! Then? Yes.')).toEqual([
      25, 48, 54, 60
    ])
  })

  it('breaks after every paragraph separator, and after the closing quote and spaces', () => {
    expect(breaks('One\nTwo\r\nThree')).toEqual([4, 9])
    expect(breaks('“Done.”  Then')).toEqual([9])
  })

  it('treats the end of the range as the end of the text', () => {
    const text = 'Skip this. First here. Second here. Not this.'
    expect(sentenceBreaks(text, 11, 35)).toEqual([23])
  })

  it('gives the breaks Intl.Segmenter gives on news prose', () => {
    const paragraphs = [
      ...paragraphsOf('../../../resources/sample-article.txt'),
      ...paragraphsOf('../../../test/fixtures/import/harbour-inquiry-long.txt')
    ]
    for (const paragraph of paragraphs) expect(breaks(paragraph)).toEqual(intlBreaks(paragraph))
  })

  it('gives the breaks Intl.Segmenter gives on random text from every character class', () => {
    const random = seededRandom(12)
    const mismatches: string[] = []
    for (let round = 0; round < 20000; round++) {
      const length = 1 + Math.floor(random() * 14)
      let text = ''
      for (let n = 0; n < length; n++) text += alphabet[Math.floor(random() * alphabet.length)]
      if (breaks(text).join() !== intlBreaks(text).join()) mismatches.push(JSON.stringify(text))
    }
    expect(mismatches).toEqual([])
  })
})

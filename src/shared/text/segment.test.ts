import { describe, expect, it } from 'vitest'
import { segmentSentences, trimSpan } from './segment'

const sentences = (text: string): string[] =>
  segmentSentences(text).map((span) => text.slice(span.start, span.end))

describe('segmentSentences', () => {
  it('splits plain sentences and returns trimmed offsets into the paragraph', () => {
    const text = '  The river rose overnight.  Nobody was hurt! Was the dam inspected? '
    expect(sentences(text)).toEqual([
      'The river rose overnight.',
      'Nobody was hurt!',
      'Was the dam inspected?'
    ])
    expect(segmentSentences(text)[0]).toEqual({ start: 2, end: 27 })
  })

  it('keeps titles before names: Mr., Dr., Gov., Sen., St., Mt.', () => {
    const text = 'Gov. Hale met Sen. Ortiz and Dr. Wu near St. Anne’s. Mt. Hood was clear.'
    expect(sentences(text)).toEqual([
      'Gov. Hale met Sen. Ortiz and Dr. Wu near St. Anne’s.',
      'Mt. Hood was clear.'
    ])
  })

  it('keeps U.S. inside a sentence before a name, splits it before a sentence opener', () => {
    expect(sentences('The U.S. Senate voted on Tuesday.')).toHaveLength(1)
    expect(sentences('She moved to the U.S. They followed a year later.')).toEqual([
      'She moved to the U.S.',
      'They followed a year later.'
    ])
  })

  it('keeps number and month abbreviations before a number', () => {
    expect(sentences('Form No. 12 was filed on Sept. 3 and Jan. 9, see p. 4.')).toHaveLength(1)
  })

  it('ends a sentence at Inc. or Co. when a new sentence follows', () => {
    expect(sentences('The buyer was Larch & Co. It paid in cash.')).toEqual([
      'The buyer was Larch & Co.',
      'It paid in cash.'
    ])
    expect(sentences('Shares of Larch Inc. Holdings fell.')).toHaveLength(1)
  })

  it('keeps middle initials but splits after the pronoun I', () => {
    expect(sentences('Ask Mary K. Tran about it.')).toHaveLength(1)
    expect(sentences('Nobody saw it but I. Then it was gone.')).toHaveLength(2)
  })

  it('keeps decimals, grouped numbers and percentages', () => {
    expect(sentences('Output grew 3.5% to 1.2 million tonnes, or 13,897 a day. Exports fell.')).toEqual([
      'Output grew 3.5% to 1.2 million tonnes, or 13,897 a day.',
      'Exports fell.'
    ])
  })

  it('keeps an introductory time phrase with its sentence', () => {
    expect(sentences('By 7 a.m. Mr. Park had left. He came back at 9 P.M. The shop was shut.')).toEqual([
      'By 7 a.m. Mr. Park had left.',
      'He came back at 9 P.M.',
      'The shop was shut.'
    ])
  })

  it('does not split after ! or ? when the sentence goes on in lower case', () => {
    expect(sentences('He shouted Fire! at the top of his voice.')).toHaveLength(1)
  })

  it('treats a spaced ellipsis as an omission and a fourth dot as an ending', () => {
    expect(sentences('We waited . . . Then nothing happened.')).toHaveLength(1)
    expect(sentences('The rain kept on. . . . Nobody came out.')).toEqual([
      'The rain kept on.',
      '. . . Nobody came out.'
    ])
  })

  it('keeps a parenthetical citation with the sentence it closes', () => {
    expect(sentences('"The tide [...] turned" (Okafor 12). Then came the flood.')).toEqual([
      '"The tide [...] turned" (Okafor 12).',
      'Then came the flood.'
    ])
  })

  it('keeps a quotation ending in a full stop with the clause that follows in lower case', () => {
    expect(sentences('“We are done.” she said, and left.')).toHaveLength(1)
  })

  it('splits inline numbered, lettered and bulleted lists', () => {
    expect(sentences('1) Buy bread 2) Feed the cat')).toEqual(['1) Buy bread', '2) Feed the cat'])
    expect(sentences('a. Red b. Green c. Blue')).toEqual(['a. Red', 'b. Green', 'c. Blue'])
    expect(sentences('• 4. Tea • 5. Coffee.')).toEqual(['• 4. Tea', '• 5. Coffee.'])
  })

  it('leaves prose that merely contains a number and a full stop alone', () => {
    expect(sentences('We counted 2. Then we counted 3.')).toEqual(['We counted 2.', 'Then we counted 3.'])
  })

  it('segments a paragraph longer than its window the same as short ones, and linearly', () => {
    const sentence = 'Dr. Lee counted 1,204 votes in the U.S. Senate race. '
    const long = sentence.repeat(4000)
    const spans = segmentSentences(long)
    expect(spans).toHaveLength(4000)
    expect(spans.every((span) => long.slice(span.start, span.end) === sentence.trim())).toBe(true)
  })
})

describe('trimSpan', () => {
  it('narrows a span to its non-blank text', () => {
    expect(trimSpan('  ab  ', { start: 0, end: 6 })).toEqual({ start: 2, end: 4 })
  })
})

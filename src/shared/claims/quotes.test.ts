import { describe, expect, it } from 'vitest'
import { findPeople } from './people'
import { findQuote } from './quotes'

const people = findPeople('Mayor Ana Ruiz spoke. Chief Tom Berg agreed.')
const quote = (text: string, previousText: string | null = null) => findQuote(text, { people, previousText })

describe('findQuote', () => {
  it('finds the speaker before the quotation, skipping an appositive', () => {
    expect(quote('Ana Ruiz, the city’s mayor, said, "We will rebuild the bridge by spring."')).toEqual({
      text: 'We will rebuild the bridge by spring.',
      speaker: 'Ana Ruiz',
      certainty: 'stated'
    })
  })

  it('writes a surname out in full and resolves "who"', () => {
    expect(quote('As Berg put it, Ruiz, who called the plan "bold and overdue."')?.speaker).toBe('Ana Ruiz')
    expect(quote('As Berg noted, "The money is not there yet."')?.speaker).toBe('Tom Berg')
  })

  it('resolves "he" or "she" after the quotation to the person the previous sentence names', () => {
    const text = '"The bridge will open in May," she told reporters.'
    expect(quote(text, 'Ruiz toured the site on Friday.')?.speaker).toBe('Ana Ruiz')
    expect(quote(text, 'The site was quiet on Friday.')?.speaker).toBeNull()
  })

  it('ignores scare quotes around a word or a short phrase', () => {
    expect(quote('He called the plan a "disaster" and left.')).toBeNull()
    expect(quote('She gave a "tough love" speech.')).toBeNull()
  })

  it('reads "in June, he admitted" as "he", never as June', () => {
    const text = 'The plant lost money in June, he admitted, "and we kept that from the board."'
    expect(findQuote(text, { people, previousText: null, lastNamed: 'Tom Berg' })).toMatchObject({
      speaker: 'Tom Berg',
      certainty: 'inferred'
    })
    expect(quote(text)?.speaker).toBeNull()
  })

  it('takes no lone capitalised word the article never uses as a name', () => {
    expect(quote('Critics called the plan "a waste of public money."')?.speaker).toBeNull()
  })
})

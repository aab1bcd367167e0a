import { describe, expect, it } from 'vitest'
import { findPeople } from './people'
import { quotationsIn, quotedTerms } from './quoted-terms'
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

describe('quotation marks that quote no one', () => {
  const marked = (text: string) => quotedTerms(quotationsIn(text))

  it('marks a scare-quoted phrase after an article as a term, even at four words', () => {
    expect(marked('The enzyme acts as a “cut and paste tool for cells” in the lab.')).toEqual([
      { text: 'cut and paste tool for cells', as: 'term' }
    ])
    expect(quote('The enzyme acts as a “cut and paste tool for cells” in the lab.')).toBeNull()
  })

  it('marks the title of a work, with or without the comma that follows it', () => {
    expect(marked('Her book, “The Long Road Home,” sold well, as did “War and Peace”.')).toEqual([
      { text: 'The Long Road Home', as: 'title' },
      { text: 'War and Peace', as: 'title' }
    ])
  })

  it('marks a nickname inside a name or after "nicknamed"', () => {
    expect(marked('Maria “Mimi” Okonjo won, and Tom Barr, dubbed “the Wall,” lost.')).toEqual([
      { text: 'Mimi', as: 'nickname' },
      { text: 'the Wall', as: 'nickname' }
    ])
  })

  it('keeps a statement a statement, even in title case when someone says it', () => {
    expect(marked('“We Will Not Back Down,” said Ana Ruiz.')).toEqual([])
    expect(quote('“We Will Not Back Down,” said Ana Ruiz.')?.speaker).toBe('Ana Ruiz')
    expect(marked('He said the fund was “running out of money fast.”')).toEqual([])
  })
})

describe('names as people write them', () => {
  const named = findPeople('Dr. Niamh O’Connor, Jean-Paul Okafor, Mary K. Lowe and Hugo de Wit spoke.')
  const said = (text: string) => findQuote(text, { people: named, previousText: null })?.speaker

  it('reads apostrophes, hyphens, middle initials and particles as parts of a name', () => {
    expect(said('“The money is gone,” said Niamh O’Connor, an economist.')).toBe('Niamh O’Connor')
    expect(said('“The money is gone,” said Jean-Paul Okafor.')).toBe('Jean-Paul Okafor')
    expect(said('“The money is gone,” said Mary K. Lowe, a fellow at the institute.')).toBe('Mary K. Lowe')
    expect(said('“The money is gone,” said Hugo de Wit.')).toBe('Hugo de Wit')
  })

  it('writes a surname out in full, particles and initials included', () => {
    expect(said('“We will see,” Lowe said.')).toBe('Mary K. Lowe')
    expect(said('“We will see,” O’Connor said.')).toBe('Niamh O’Connor')
  })
})

import { describe, expect, it } from 'vitest'
import { datelineLength, isByline, isCaption, isPageFurniture } from './non-claims'

describe('isPageFurniture', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Story continues below advertisement',
    'Share this article',
    'Share on Facebook',
    'Continue reading the main story',
    'Read the full transcript here.',
    'Read the full statement',
    'Read the full transcript of the interview below',
    'Related: Council approves the harbour budget',
    'Sign up for our morning newsletter',
    'Skip Advertisement',
    'Follow The Eastfield Herald on X'
  ])('drops “%s”', (line) => {
    expect(isPageFurniture(line)).toBe(true)
  })

  it.each([
    'Advertisement revenue fell by a third last year, the company said.',
    'Share prices rose 4% on Monday.',
    'Readers sent 2,000 letters about the full transcript.',
    'Read the full report before the vote on the pier.',
    'Print runs were cut to 40,000 copies.',
    'The council will share the report with residents in May.'
  ])('keeps the sentence “%s”', (line) => {
    expect(isPageFurniture(line)).toBe(false)
  })
})

describe('isCaption', () => {
  it.each([
    'Photo: Jane Doe/Reuters',
    'Photograph: Tom Pike for the Herald',
    'Credit...Sam Lee/Getty Images',
    'Credit…Ana Ruiz for The Eastfield Herald',
    'Image caption, Firefighters at the warehouse on Tuesday night',
    'Image source, Getty Images',
    'Protesters gathered outside the town hall on Tuesday. Jane Doe/Reuters',
    'The new tram at Eastfield depot. (AP Photo/Mark Ellis)',
    'Rescue workers search the rubble in Antakya. Omar Haj/AFP via Getty Images'
  ])('takes “%s” as a caption', (line) => {
    expect(isCaption(line)).toBe(true)
  })

  it.each([
    'Credit card debt rose 5% in the last quarter.',
    'Photographers were kept behind a barrier, police said.',
    'The minister announced the plan on X/Twitter.',
    'He told Reuters the figures were wrong.',
    'Images from the satellite show 40 new buildings at the site.'
  ])('keeps the sentence “%s”', (line) => {
    expect(isCaption(line)).toBe(false)
  })

  it('keeps a long paragraph that merely ends with a credit-like word', () => {
    const long = `${'The council met for six hours and heard from 40 residents. '.repeat(8)}Jane Doe/Reuters`
    expect(isCaption(long)).toBe(false)
  })
})

describe('isByline', () => {
  it.each([
    'By Jane Doe',
    'BY JANE DOE',
    'By Jane Doe and John Roe, Reuters',
    'By Jane Doe, John Roe and Ana Ruiz',
    'By Maria de la Cruz, Staff writer',
    'Updated May 3, 2024, 9:15 a.m. ET',
    'Published 3 May 2024',
    'LONDON, May 3',
    'WASHINGTON (Reuters)'
  ])('takes “%s” as a byline at the opening', (line) => {
    expect(isByline(line, true)).toBe(true)
  })

  it.each([
    'By March, inflation had fallen to 3%.',
    'By Friday, Mr Smith had resigned.',
    'By the end of the year, 400 homes were built.',
    'By 2030 the city wants 50 electric buses.'
  ])('keeps the sentence “%s”', (line) => {
    expect(isByline(line, true)).toBe(false)
  })

  it('reads “By …” after the first claim as a sentence, but wire credits anywhere as credits', () => {
    expect(isByline('By Jane Doe', false)).toBe(false)
    expect(isByline('Reporting by Jane Doe; Editing by John Roe', false)).toBe(true)
    expect(isByline('Additional reporting by Ana Ruiz in Madrid', false)).toBe(true)
  })
})

describe('datelineLength', () => {
  const opening = (text: string) => text.slice(0, datelineLength(text))

  it.each([
    ['WASHINGTON (Reuters) — The Senate voted 52-48 on Tuesday.', 'WASHINGTON (Reuters) — '],
    ['LONDON, May 3 — Train fares will rise by 4.6% in March.', 'LONDON, May 3 — '],
    ['KYIV, Ukraine (AP) — Air raid sirens sounded across the city.', 'KYIV, Ukraine (AP) — '],
    ['SAN FRANCISCO, Calif. - Rents fell 2% in April.', 'SAN FRANCISCO, Calif. - '],
    ['Brussels, 12 March (Reuters) - EU ministers agreed the plan.', 'Brussels, 12 March (Reuters) - '],
    ['NEW YORK—Stocks closed higher on Friday.', 'NEW YORK—']
  ])('finds the dateline of “%s”', (text, dateline) => {
    expect(opening(text)).toBe(dateline)
  })

  it.each([
    'The Senate voted 52-48 on Tuesday — a narrow margin.',
    'London — a city of nine million — raised fares.',
    'US officials said the deal — worth $2bn — was close.',
    'Mayor Ines Caldwell (left) — The mayor spoke first.'
  ])('finds none in “%s”', (text) => {
    expect(datelineLength(text)).toBe(0)
  })
})

describe('pattern cost', () => {
  it('answers at once for a long line of capitalised words that is none of these', () => {
    const line = `By ${'Alpha Beta, Gamma and Delta in Epsilon for Zeta - '.repeat(3)}x`
    const started = performance.now()
    expect(isByline(line, true)).toBe(false)
    expect(datelineLength(line.toUpperCase())).toBe(0)
    expect(performance.now() - started).toBeLessThan(200)
  })
})

/**
 * Issue 26's families of number checks on sentences written for these tests: shares stated as a
 * count and a percentage, parts of a stated whole, rates restated over another period, changes
 * with their own percentage — hedges setting the tolerance, and no alarm on unrelated figures.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findNumberChecks, type CheckableClaim } from './number-checks'
import { parseNumbers } from './numbers'

const claims = (...texts: string[]): CheckableClaim[] =>
  texts.map((text, index) => ({ claimId: `c${index + 1}`, text, block: 0, numbers: parseNumbers(text) }))
const checksOf = (...texts: string[]) => findNumberChecks(claims(...texts))
const verdictsOf = (...texts: string[]) => checksOf(...texts).map((check) => check.verdict)
const grouped = (value: number): string => value.toLocaleString('en-US')

describe('shares stated as a count and a percentage', () => {
  it('checks "Of the whole, part, or share%"', () => {
    const [check] = checksOf('Of the 2,000 nurses polled, 500, or 30%, plan to leave.')
    expect(check?.verdict).toBe('inconsistent')
    expect(check?.working).toBe('500 ÷ 2,000 = 25%; stated 30% (off by 20%)')
    expect(verdictsOf('Of the 2,000 nurses polled, 500, or 25%, plan to leave.')).toEqual(['consistent'])
  })

  it('checks "part, or share% of the whole"', () => {
    expect(verdictsOf("The line serves 9,000 homes, or 60% of the town's 15,000.")).toEqual(['consistent'])
    expect(verdictsOf('The line serves 9,000 homes, or 75% of the 15,000 in town.')).toEqual(['inconsistent'])
  })
})

describe('rates restated over another period', () => {
  it('converts a yearly figure to a daily one, with the hedge setting the tolerance', () => {
    const [check] = checksOf('The press turns out about 730,000 leaflets a year, roughly 2,000 a day.')
    expect(check).toMatchObject({ verdict: 'approximately', tolerance: 0.1 })
    expect(check?.working).toContain('730,000 ÷ 365.25 (year ÷ day) = 1,998.63 per day')
    expect(verdictsOf('The press turns out 730,000 leaflets a year, roughly 2,600 a day.')).toEqual([
      'inconsistent'
    ])
  })

  it('converts a weekly figure to a monthly one and back', () => {
    expect(verdictsOf('The food bank hands out 700 parcels a week, or about 3,000 a month.')).toEqual([
      'approximately'
    ])
    expect(verdictsOf('The depot loads 36,500 pallets annually — 100 a day.')).toEqual(['consistent'])
  })
})

describe('changes with their own percentage', () => {
  it('checks "A, compared with B, an increase of about N%"', () => {
    expect(
      verdictsOf(
        'The firm hired 1,200 people in May, compared with 1,000 in April, an increase of about 20%.'
      )
    ).toEqual(['consistent'])
    expect(
      verdictsOf(
        'The firm hired 1,200 people in May, compared with 1,000 in April, an increase of about 35%.'
      )
    ).toEqual(['inconsistent'])
    expect(verdictsOf('Sales fell to 800 cars, down from 1,000, a decline of 20%.')).toEqual(['consistent'])
  })
})

describe('hedges set the tolerance', () => {
  it('reads "more than", "nearly" and "less than" as bounds', () => {
    expect(verdictsOf('Of the 400 staff, 130, or more than 30%, signed.')).toEqual(['consistent'])
    expect(verdictsOf('Of the 400 staff, 110, or more than 30%, signed.')).toEqual(['inconsistent'])
    expect(verdictsOf('Of the 400 staff, 112, or nearly 30%, signed.')).toEqual(['approximately'])
    expect(verdictsOf('Of the 400 staff, 130, or nearly 30%, signed.')).toEqual(['inconsistent'])
    expect(verdictsOf('Of the 400 staff, 90, or less than a quarter, signed.').length).toBeLessThanOrEqual(1)
  })
})

describe('no alarm on figures that are not related', () => {
  it('leaves counts, percentages and rates that the sentence does not relate alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 90_000 }),
        fc.integer({ min: 2, max: 90_000 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 500 }),
        (schools, pupils, share, buses) => {
          const texts = [
            `The county runs ${grouped(schools)} schools with ${grouped(pupils)} pupils; ${share}% of teachers are new.`,
            `Some ${grouped(pupils)} pupils, ${share}% of them in rural areas, ride ${buses} buses a day.`,
            `In ${2000 + (share % 25)}, ${grouped(schools)} schools opened and ${share}% of parents approved.`,
            `The ${grouped(schools)} pupils in Year 9 scored ${share}% on average, compared with ${buses} last year.`
          ]
          expect(texts.flatMap((text) => checksOf(text))).toEqual([])
        }
      )
    )
  })

  it('never calls a share inconsistent when it is the part over the whole, rounded', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 100_000 }),
        fc.integer({ min: 1, max: 99 }),
        (whole, percent) => {
          const part = Math.round((whole * percent) / 100)
          fc.pre(part > 0 && part < whole)
          const stated = Math.round((part / whole) * 100)
          fc.pre(stated > 0)
          const text = `Of the ${grouped(whole)} voters asked, ${grouped(part)}, or ${stated}%, said yes.`
          expect(verdictsOf(text)).toEqual(['consistent'])
        }
      )
    )
  })
})

import { describe, expect, it } from 'vitest'
import { findNumberChecks, type CheckableClaim } from './number-checks'
import { parseNumbers } from './numbers'

const claims = (...texts: string[]): CheckableClaim[] =>
  texts.map((text, index) => ({ claimId: `c${index + 1}`, text, block: 0, numbers: parseNumbers(text) }))
const verdicts = (...texts: string[]) =>
  findNumberChecks(claims(...texts)).map(({ claimIds, verdict }) => ({ claimIds, verdict }))

describe('rate checks', () => {
  it('divides a total over a leap year by 366 days', () => {
    const [check] = findNumberChecks(claims('The clinic saw 7,320 patients in 2020, or 20 per day.'))
    expect(check?.verdict).toBe('consistent')
    expect(check?.working).toBe('7,320 ÷ 366 days = 20 per day; stated 20 (matches as stated)')
  })

  it('flags a rate that the total does not give', () => {
    expect(verdicts('The clinic saw 7,300 patients in 2021, or 40 per day.')).toEqual([
      { claimIds: ['c1'], verdict: 'inconsistent' }
    ])
  })

  it('stays silent when the period is vague or two periods are named', () => {
    expect(verdicts('The clinic saw 7,300 patients recently, or 20 per day.')).toEqual([])
    expect(verdicts('In 2020 and in 2021 it saw 7,300 patients, or 20 per day.')).toEqual([])
  })
})

describe('change checks', () => {
  it('compares a stated change with figures of the same unit in the previous sentence', () => {
    const [check] = findNumberChecks(
      claims('Last year 50 trucks a day crossed.', 'Now 75 trucks a day do—a 50% increase.')
    )
    expect(check).toMatchObject({ claimIds: ['c1', 'c2'], verdict: 'consistent' })
  })

  it('allows 5% for an approximate figure and flags a wrong one', () => {
    expect(verdicts('Then 40 a day.', 'Now 160 a day, a 290% increase.')[0]?.verdict).toBe('approximately')
    expect(verdicts('Then 40 a day.', 'Now 160 a day, a 100% increase.')[0]?.verdict).toBe('inconsistent')
  })

  it('stays silent without a matching earlier figure', () => {
    expect(verdicts('Then 40 ships.', 'Now 160 a day, a 300% increase.')).toEqual([])
  })
})

describe('share checks', () => {
  it('checks a part stated as a share of a whole', () => {
    expect(verdicts('Of the panel, 12 of the 40 members, or 30%, voted no.')).toEqual([
      { claimIds: ['c1'], verdict: 'consistent' }
    ])
    expect(verdicts('In all, 12 of the 40 members, or 45%, voted no.')[0]?.verdict).toBe('inconsistent')
  })
})

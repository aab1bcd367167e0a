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

  it('checks rates per week, month and year over any stated period', () => {
    expect(
      findNumberChecks(claims('The depot shipped 3,650 crates in 2023, or 70 per week.'))[0]?.working
    ).toBe('3,650 ÷ (365 ÷ 7) weeks = 70 per week; stated 70 (matches as stated)')
    expect(
      findNumberChecks(claims('The depot shipped 1,200 crates over six months, or 200 a month.'))[0]?.working
    ).toBe('1,200 ÷ 6 months = 200 per month; stated 200 (matches as stated)')
    expect(
      findNumberChecks(claims('It closed 5,000 cases over two years, about 3,000 a year.'))[0]?.verdict
    ).toBe('inconsistent')
  })

  it('takes a month of a year as its days, and "since" as a start, not a period', () => {
    expect(
      findNumberChecks(claims('The depot shipped 580 crates in February 2024, or 20 a day.'))[0]?.working
    ).toBe('580 ÷ 29 days = 20 per day; stated 20 (matches as stated)')
    expect(verdicts('Since the port reopened in January 2025, it shipped 620 crates, or 20 a day.')).toEqual(
      []
    )
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

describe('percentage-point and percent changes', () => {
  it('checks a change in percentage points between two percentages', () => {
    expect(
      findNumberChecks(claims('Turnout rose from 40% to 50%, a 10 percentage point increase.'))[0]
    ).toMatchObject({
      verdict: 'consistent',
      working: '50% − 40% = +10 percentage points; stated +10 percentage points (matches as stated)'
    })
  })

  it('checks a percent change between two percentages, from the previous sentence too', () => {
    expect(verdicts('Turnout rose from 40% to 50%, a 25% increase.')).toEqual([
      { claimIds: ['c1'], verdict: 'consistent' }
    ])
    expect(verdicts('Unemployment was 4% in May.', 'By June it reached 6%—a 2-point rise.')).toEqual([
      { claimIds: ['c1', 'c2'], verdict: 'consistent' }
    ])
  })

  it('says so when a change in points is stated as a change in percent', () => {
    const [check] = findNumberChecks(claims('Turnout rose from 40% to 50%, a 10% increase.'))
    expect(check?.verdict).toBe('inconsistent')
    expect(check?.working).toBe(
      '(50 − 40) ÷ 40 = +25% (+10 percentage points); stated +10% (off by 60%: 10 is the change in percentage points, not in percent)'
    )
  })
})

describe('share checks', () => {
  it('checks a part stated as a share of a whole', () => {
    expect(verdicts('Of the panel, 12 of the 40 members, or 30%, voted no.')).toEqual([
      { claimIds: ['c1'], verdict: 'consistent' }
    ])
    expect(verdicts('In all, 12 of the 40 members, or 45%, voted no.')[0]?.verdict).toBe('inconsistent')
  })

  it('reads a share written as words', () => {
    expect(verdicts('In all, 20 of the 40 members, or half, voted no.')).toEqual([
      { claimIds: ['c1'], verdict: 'consistent' }
    ])
  })
})

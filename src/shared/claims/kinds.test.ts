import { describe, expect, it } from 'vitest'
import { classifyClaim } from './kinds'

describe('classifyClaim', () => {
  it('finds attributions', () => {
    expect(classifyClaim('According to the census, the town grew.', false, false)).toEqual(['attribution'])
    expect(classifyClaim('Researchers found the water was clean.', false, false)).toEqual(['attribution'])
  })

  it('finds comparisons but not "rather than"', () => {
    expect(classifyClaim('Sales were higher than last year.', false, false)).toEqual(['comparison'])
    expect(classifyClaim('It chose to wait rather than act.', false, false)).toEqual([])
  })

  it('finds "more … since/than" comparisons with words between', () => {
    expect(
      classifyClaim('Neighbours have sent more food and medicine since the storm.', false, false)
    ).toEqual(['comparison'])
    expect(classifyClaim('The council wants more parks.', false, false)).toEqual([])
  })

  it('finds dates and past events', () => {
    expect(
      classifyClaim('Rents have doubled since the mayor took office in March 2021.', true, false)
    ).toEqual(['numeric', 'date', 'comparison'])
    expect(classifyClaim('The feud dates back to 2009 talks over the harbour.', false, false)).toEqual([
      'date'
    ])
    expect(classifyClaim('The mill closed three decades ago.', false, false)).toEqual(['date'])
    expect(classifyClaim('Crime was common in the 1990s.', false, false)).toEqual(['date'])
    expect(classifyClaim('The council will meet in May.', false, false)).toEqual([])
  })

  it('finds causal wording', () => {
    expect(classifyClaim('The flood led to the closure.', false, false)).toEqual(['causal'])
  })

  it('finds opinion only in the writer’s own words', () => {
    expect(classifyClaim('The plan is clearly reckless.', false, false)).toEqual(['opinion'])
    expect(classifyClaim('She said, "The plan is clearly reckless."', false, true)).toEqual(['quote'])
  })

  it('reads reported speech as attribution, but not a verb that only introduces a quotation', () => {
    expect(classifyClaim('He told the board the fund would run dry by autumn.', false, false)).toEqual([
      'attribution'
    ])
    expect(classifyClaim('Opponents contended that the levy hurts renters.', false, false)).toEqual([
      'attribution'
    ])
    expect(classifyClaim('Torres said, "We will appeal."', false, true)).toEqual(['quote'])
  })

  it('reads a forecast attributed to someone as attribution, not opinion', () => {
    expect(classifyClaim('Economists expect the bank to cut rates twice next year.', false, false)).toEqual([
      'attribution'
    ])
    expect(classifyClaim('Analysts say the merger will probably fail.', false, false)).toEqual([
      'attribution'
    ])
  })

  it('reads a study’s finding as attribution, and "less likely" as a statistic, not a hedge', () => {
    expect(
      classifyClaim('A survey of 3,000 farmers in four states showed that yields fell.', true, false)
    ).toEqual(['numeric', 'attribution'])
    expect(classifyClaim('Smokers were twice as likely to be admitted.', false, false)).toEqual([
      'comparison'
    ])
    expect(classifyClaim('Drivers over 70 are less likely to speed.', true, false)).toEqual(['numeric'])
  })

  it('keeps opinion for hedged judgement and evaluation, and not for "appear" as a verb of showing', () => {
    expect(classifyClaim('The scheme is likely to collapse within a year.', false, false)).toEqual([
      'opinion'
    ])
    expect(classifyClaim('It seems the council has given up.', false, false)).toEqual(['opinion'])
    expect(classifyClaim('The new fares appear on tickets from Monday.', false, false)).toEqual([])
    expect(classifyClaim('The ship was sold in a deal that was never announced.', false, false)).toEqual([])
  })
})

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
})

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

  it('finds causal wording', () => {
    expect(classifyClaim('The flood led to the closure.', false, false)).toEqual(['causal'])
  })

  it('finds opinion only in the writer’s own words', () => {
    expect(classifyClaim('The plan is clearly reckless.', false, false)).toEqual(['opinion'])
    expect(classifyClaim('She said, "The plan is clearly reckless."', false, true)).toEqual(['quote'])
  })
})

import { describe, expect, it } from 'vitest'
import { marginLanes } from './margin-lanes'

describe('margin lanes', () => {
  it('keeps claims on lines of their own in the lane nearest the text', () => {
    const lanes = marginLanes([
      { status: 'verified', top: 0, bottom: 40 },
      { status: 'disputed', top: 40, bottom: 90 },
      { status: 'needs-source', top: 120, bottom: 140 }
    ])
    expect(lanes.map((mark) => mark.lane)).toEqual([0, 0, 0])
  })

  it('moves a claim that starts on the line another ends on to the next lane, and back when free', () => {
    const lanes = marginLanes([
      { status: 'verified', top: 0, bottom: 60 },
      { status: 'disputed', top: 31, bottom: 90 },
      { status: 'needs-source', top: 61, bottom: 80 },
      { status: 'verified', top: 100, bottom: 120 }
    ])
    expect(lanes.map((mark) => mark.lane)).toEqual([0, 1, 0, 0])
  })
})

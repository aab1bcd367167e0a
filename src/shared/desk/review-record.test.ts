import { describe, expect, it } from 'vitest'
import { mergeReviews, reviewChanges } from './review-record'
import type { ReviewRecord } from './records'

function review(claims: ReviewRecord['claims']): ReviewRecord {
  return {
    type: 'review',
    deskDocId: 'd',
    member: 'ana',
    claims,
    highlights: [],
    updatedAt: '2026-12-06T10:00:00Z'
  }
}
const claim = (status: 'verified' | 'disputed' | null, note: string, updatedAt: string) => ({
  status,
  note,
  sources: [],
  tags: [],
  updatedAt
})

describe('a member’s review on the desk', () => {
  it('turns a status change and a note edit into history', () => {
    const before = review({ c1: claim('verified', 'old', '1') })
    const after = review({
      c1: claim('disputed', 'tender was re-issued', '2'),
      c2: claim('verified', '', '2')
    })
    expect(reviewChanges(before, after)).toEqual([
      { claimId: 'c1', what: 'status', from: 'verified', to: 'disputed' },
      { claimId: 'c1', what: 'note', from: 'old', to: 'tender was re-issued' },
      { claimId: 'c2', what: 'status', to: 'verified' }
    ])
  })

  it('merges the same member’s two offline versions keeping both notes', () => {
    const laptop = review({
      c1: claim('disputed', 'laptop note', '2026-12-06T10:05:00Z'),
      c2: claim('verified', '', '1')
    })
    const desktop = review({
      c1: claim('verified', 'desktop note', '2026-12-06T10:04:00Z'),
      c3: claim(null, 'only here', '1')
    })
    const merged = mergeReviews(laptop, desktop)
    expect(merged.claims['c1']).toMatchObject({
      status: 'disputed',
      note: 'laptop note',
      conflicts: ['desktop note']
    })
    expect(Object.keys(merged.claims)).toEqual(['c1', 'c2', 'c3'])
    expect(mergeReviews(desktop, laptop).claims).toEqual(merged.claims)
  })
})

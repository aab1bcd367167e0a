import { describe, expect, it } from 'vitest'
import type { Annotations, ClaimReview } from '../model'
import { countStatuses } from './counts'

const claims = ['c1', 'c2', 'c3', 'c4'].map((id, index) => ({ id, start: index * 10, end: index * 10 + 9 }))

const review = (claimId: string, status: ClaimReview['status']): ClaimReview => ({
  claimId,
  target: { quote: { exact: claimId, prefix: '', suffix: '' }, position: { start: 0, end: 2 } },
  status,
  note: '',
  sources: [],
  tags: [],
  history: [],
  updatedAt: '2026-01-01T00:00:00.000Z'
})

describe('countStatuses', () => {
  it('counts every claim as unreviewed when there are no reviews', () => {
    expect(countStatuses({ claims }, { claims: {}, highlights: [] })).toEqual({
      verified: 0,
      disputed: 0,
      'needs-source': 0,
      unreviewed: 4
    })
  })

  it('counts each status once, a review without a status as unreviewed, and no review of a missing claim', () => {
    const annotations: Annotations = {
      claims: {
        c1: review('c1', 'verified'),
        c3: review('c3', 'disputed'),
        c4: review('c4', null),
        c9: review('c9', 'verified')
      },
      highlights: []
    }
    expect(countStatuses({ claims }, annotations)).toEqual({
      verified: 1,
      disputed: 1,
      'needs-source': 0,
      unreviewed: 2
    })
  })
})

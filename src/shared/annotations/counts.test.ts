import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations, type Annotations, type ClaimReview, type ClaimStatus } from '../model'
import { applyChange } from './changes'
import { countStatuses, reviewProgress } from './counts'

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
      'not-a-claim': 0,
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
      'not-a-claim': 0,
      unreviewed: 2
    })
  })
})

const article = buildArticle({
  title: 'Harbour Works',
  source: 'harbour.txt',
  blocks: [
    {
      type: 'paragraph',
      text: 'The harbour wall cost £2 million. It opened in May. More on that below. Work took two years.'
    }
  ]
})
const at = '2026-11-25T10:00:00.000Z'

function reviewed(statuses: Record<string, ClaimStatus | null>): Annotations {
  return Object.entries(statuses).reduce(
    (annotations, [claimId, status]) =>
      applyChange(article, annotations, { kind: 'set-status', claimId, status }, at),
    emptyAnnotations()
  )
}

describe('countStatuses with not a claim', () => {
  it('counts each status apart, "not a claim" included, and the rest as unreviewed', () => {
    const annotations = reviewed({ c1: 'verified', c3: 'not-a-claim' })
    expect(countStatuses(article, annotations)).toEqual({
      verified: 1,
      disputed: 0,
      'needs-source': 0,
      'not-a-claim': 1,
      unreviewed: 2
    })
  })
})

describe('reviewProgress', () => {
  it('takes a sentence marked not a claim out of both sides of "x of y reviewed"', () => {
    const counts = countStatuses(article, reviewed({ c1: 'verified', c3: 'not-a-claim' }))
    expect(reviewProgress(counts, article.claims.length)).toEqual({ reviewed: 1, total: 3 })
  })

  it('reaches all of them once every other claim has a verdict', () => {
    const counts = countStatuses(
      article,
      reviewed({ c1: 'verified', c2: 'disputed', c3: 'not-a-claim', c4: 'needs-source' })
    )
    expect(reviewProgress(counts, article.claims.length)).toEqual({ reviewed: 3, total: 3 })
  })

  it('puts the sentence back in the count when its status is cleared', () => {
    const counts = countStatuses(article, reviewed({ c3: 'not-a-claim' }))
    expect(reviewProgress(counts, article.claims.length)).toEqual({ reviewed: 0, total: 3 })
    const cleared = countStatuses(article, reviewed({ c3: null }))
    expect(reviewProgress(cleared, article.claims.length)).toEqual({ reviewed: 0, total: 4 })
  })
})

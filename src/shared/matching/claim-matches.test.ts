import { describe, expect, it } from 'vitest'
import { applyChange, type AnnotationChange } from '../annotations/changes'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations } from '../model'
import { reviewedClaims } from './claim-matches'

const article = buildArticle({
  title: 'Tram',
  source: 'tram.txt',
  blocks: [
    {
      type: 'paragraph',
      text: 'Trams run every eight minutes. More on that below. Fares start at £2. The depot opened in May.'
    }
  ]
})

describe('reviewedClaims', () => {
  it('offers claims with a verdict or a note for matching, never one marked not a claim', () => {
    const changes: AnnotationChange[] = [
      { kind: 'set-status', claimId: 'c1', status: 'verified' },
      { kind: 'set-status', claimId: 'c2', status: 'not-a-claim' },
      { kind: 'set-note', claimId: 'c2', note: 'A transition.' },
      { kind: 'set-note', claimId: 'c3', note: 'Check the fare table.' }
    ]
    const annotations = changes.reduce(
      (current, change) => applyChange(article, current, change, '2026-11-29T10:00:00.000Z'),
      emptyAnnotations()
    )
    expect(reviewedClaims(article, annotations).map((claim) => [claim.claimId, claim.status])).toEqual([
      ['c1', 'verified'],
      ['c3', null]
    ])
  })

  it('answers in reading order whatever order the reviews were made in, leaving out reviews of claims gone', () => {
    const changes: AnnotationChange[] = [
      { kind: 'set-status', claimId: 'c4', status: 'disputed' },
      { kind: 'set-status', claimId: 'c1', status: 'verified' },
      { kind: 'set-note', claimId: 'c3', note: 'Fares.' }
    ]
    const annotations = changes.reduce(
      (current, change) => applyChange(article, current, change, '2026-11-29T10:00:00.000Z'),
      emptyAnnotations()
    )
    const shorter = { ...article, claims: article.claims.filter((claim) => claim.id !== 'c3') }
    expect(reviewedClaims(article, annotations).map((claim) => claim.claimId)).toEqual(['c1', 'c3', 'c4'])
    expect(reviewedClaims(shorter, annotations).map((claim) => [claim.claimId, claim.text])).toEqual([
      ['c1', 'Trams run every eight minutes.'],
      ['c4', 'The depot opened in May.']
    ])
  })
})

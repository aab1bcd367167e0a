import { describe, expect, it } from 'vitest'
import { applyChange, type AnnotationChange } from '../annotations/changes'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations } from '../model'
import { matchingClaims, noFilter, tagsInUse } from './claim-filter'

const article = buildArticle({
  title: 'Ferry',
  source: 'ferry.txt',
  blocks: [{ type: 'paragraph', text: 'It leaves at 9. It takes 40 minutes. Tickets cost $5.' }]
})
const changes: AnnotationChange[] = [
  { kind: 'set-status', claimId: 'c1', status: 'verified' },
  { kind: 'set-tags', claimId: 'c1', tags: ['Times'] },
  { kind: 'set-tags', claimId: 'c2', tags: ['times', 'duration'] },
  { kind: 'set-note', claimId: 'c3', note: 'Check the fare table.' }
]
const annotations = changes.reduce(
  (current, change) => applyChange(article, current, change, 'now'),
  emptyAnnotations()
)
const ids = (filter: typeof noFilter) =>
  matchingClaims(article.claims, annotations, filter).map((claim) => claim.id)

describe('claim filters', () => {
  it('filters by status, including claims with no status', () => {
    expect(ids({ ...noFilter, status: 'verified' })).toEqual(['c1'])
    expect(ids({ ...noFilter, status: 'unreviewed' })).toEqual(['c2', 'c3'])
  })

  it('filters by tag regardless of case, and by having a note', () => {
    expect(ids({ ...noFilter, tag: 'TIMES' })).toEqual(['c1', 'c2'])
    expect(ids({ ...noFilter, hasNote: true })).toEqual(['c3'])
  })

  it('filters by the claims engine’s kinds, and by check-worthiness', () => {
    const kinds = new Map([
      ['c1', { kinds: ['numeric' as const], score: 0.55 }],
      ['c2', { kinds: ['numeric' as const, 'comparison' as const], score: 0.3 }],
      ['c3', { kinds: [], score: 0.1 }]
    ])
    const byKind = (kind: typeof noFilter.kind) =>
      matchingClaims(article.claims, annotations, { ...noFilter, kind }, kinds).map((claim) => claim.id)
    expect(byKind('numeric')).toEqual(['c1', 'c2'])
    expect(byKind('comparison')).toEqual(['c2'])
    expect(byKind('check-worthy')).toEqual(['c1'])
    expect(byKind('quote')).toEqual([])
  })

  it('combines the kind filter with the others', () => {
    const kinds = new Map([
      ['c1', { kinds: ['numeric' as const], score: 0.45 }],
      ['c2', { kinds: ['numeric' as const], score: 0.45 }]
    ])
    const filter = { ...noFilter, kind: 'numeric' as const, status: 'unreviewed' as const }
    expect(matchingClaims(article.claims, annotations, filter, kinds).map((claim) => claim.id)).toEqual([
      'c2'
    ])
  })

  it('suggests the tags in use, most used first', () => {
    expect(tagsInUse(annotations)).toEqual(['Times', 'duration'])
  })
})

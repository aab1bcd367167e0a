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

  it('suggests the tags in use, most used first', () => {
    expect(tagsInUse(annotations)).toEqual(['Times', 'duration'])
  })
})

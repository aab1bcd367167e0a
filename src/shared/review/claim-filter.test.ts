import { describe, expect, it } from 'vitest'
import { applyChange, type AnnotationChange } from '../annotations/changes'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations } from '../model'
import {
  changedReviews,
  matchingClaims,
  matchingIds,
  noFilter,
  tagsInUse,
  updateMatching
} from './claim-filter'

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
      ['c1', { kinds: ['numeric' as const], score: 0.9 }],
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

  it('filters by what the library knows: reviewed elsewhere, or checked by a published fact-check', () => {
    const findings = { seenElsewhere: new Set(['c2', 'c3']), factChecked: new Set(['c3']) }
    const found = (filter: Partial<typeof noFilter>) =>
      matchingClaims(article.claims, annotations, { ...noFilter, ...filter }, new Map(), findings).map(
        (claim) => claim.id
      )
    expect(found({ seenElsewhere: true })).toEqual(['c2', 'c3'])
    expect(found({ factChecked: true })).toEqual(['c3'])
    expect(found({ seenElsewhere: true, tag: 'times' })).toEqual(['c2'])
    // Before the library has answered, no claim is known to it.
    expect(ids({ ...noFilter, seenElsewhere: true })).toEqual([])
  })

  it('suggests the tags in use, most used first', () => {
    expect(tagsInUse(annotations)).toEqual(['Times', 'duration'])
  })

  it('names the claims whose review was added, changed or dropped', () => {
    const cleared = applyChange(article, annotations, { kind: 'set-note', claimId: 'c3', note: '' }, 'now')
    const tagged = applyChange(
      article,
      cleared,
      { kind: 'set-status', claimId: 'c2', status: 'disputed' },
      'now'
    )
    expect(changedReviews(annotations, tagged).sort()).toEqual(['c2', 'c3'])
    expect(changedReviews(tagged, tagged)).toEqual([])
  })

  it('updates the matching claims after a change to what a full filtering gives', () => {
    const filter = { ...noFilter, status: 'unreviewed' as const }
    const earlier = { annotations, ids: new Set(ids(filter)) }
    const after = applyChange(
      article,
      annotations,
      { kind: 'set-status', claimId: 'c2', status: 'verified' },
      'now'
    )
    const updated = updateMatching(article.claims, earlier, after, filter)
    expect([...updated.ids].sort()).toEqual(
      matchingClaims(article.claims, after, filter).map((claim) => claim.id)
    )
    expect([...updated.ids]).toEqual(['c3'])
    expect(earlier.ids).toEqual(new Set(['c2', 'c3']))
    expect(updateMatching(article.claims, updated, after, filter).ids).toBe(updated.ids)
  })

  it('keeps the very set when a change lets no claim in or out', () => {
    const filter = { ...noFilter, status: 'unreviewed' as const }
    const earlier = { annotations, ids: new Set(ids(filter)) }
    // c3 gets another note: still unreviewed, still in.
    const after = applyChange(
      article,
      annotations,
      { kind: 'set-note', claimId: 'c3', note: 'Fare table, p. 2' },
      'now'
    )
    expect(updateMatching(article.claims, earlier, after, filter).ids).toBe(earlier.ids)
  })

  it('after a run of changes, still matches what a full filtering gives', () => {
    const filters = [
      { ...noFilter, status: 'unreviewed' as const },
      { ...noFilter, status: 'verified' as const },
      { ...noFilter, tag: 'times' },
      { ...noFilter, hasNote: true }
    ]
    const run: AnnotationChange[] = [
      { kind: 'set-status', claimId: 'c2', status: 'verified' },
      { kind: 'set-tags', claimId: 'c3', tags: ['Times'] },
      { kind: 'set-note', claimId: 'c3', note: '' },
      { kind: 'set-status', claimId: 'c1', status: 'disputed' },
      { kind: 'set-note', claimId: 'c1', note: 'Timetable says 9:15.' },
      { kind: 'set-tags', claimId: 'c1', tags: [] },
      { kind: 'set-status', claimId: 'c2', status: null }
    ]
    for (const filter of filters) {
      let current = annotations
      let matching = { annotations, ids: new Set(ids(filter)) }
      for (const change of run) {
        current = applyChange(article, current, change, 'now')
        matching = updateMatching(article.claims, matching, current, filter)
        const full = matchingClaims(article.claims, current, filter).map((claim) => claim.id)
        expect([...matching.ids].sort()).toEqual(full)
      }
    }
  })

  it('answers the matching ids again after a change, and afresh for another filter', () => {
    const claims = [...article.claims]
    const kinds = new Map()
    const unreviewed = { ...noFilter, status: 'unreviewed' as const }
    expect(matchingIds(claims, annotations, unreviewed, kinds)).toEqual(new Set(['c2', 'c3']))
    const after = applyChange(
      article,
      annotations,
      { kind: 'set-status', claimId: 'c3', status: 'verified' },
      'now'
    )
    expect(matchingIds(claims, after, unreviewed, kinds)).toEqual(new Set(['c2']))
    expect(matchingIds(claims, after, { ...noFilter, status: 'verified' }, kinds)).toEqual(
      new Set(['c1', 'c3'])
    )
  })
})

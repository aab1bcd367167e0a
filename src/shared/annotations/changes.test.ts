import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations } from '../model'
import { applyChange } from './changes'

const article = buildArticle({
  title: 'Ferry Times',
  source: 'ferry.txt',
  blocks: [{ type: 'paragraph', text: 'The ferry leaves at 9. It takes 40 minutes to cross.' }]
})
const at = '2026-11-25T10:00:00.000Z'

describe('applyChange', () => {
  it('sets a status, recording the change in the claim history, without touching the input', () => {
    const before = emptyAnnotations()
    const after = applyChange(article, before, { kind: 'set-status', claimId: 'c2', status: 'disputed' }, at)
    expect(before.claims).toEqual({})
    expect(after.claims['c2']).toMatchObject({
      status: 'disputed',
      history: [{ at, from: null, to: 'disputed' }],
      target: {
        quote: { exact: 'It takes 40 minutes to cross.', prefix: 'The ferry leaves at 9. ', suffix: '' }
      }
    })
  })

  it('records each status change, including clearing it', () => {
    let annotations = emptyAnnotations()
    for (const status of ['verified', 'needs-source', null] as const) {
      annotations = applyChange(article, annotations, { kind: 'set-status', claimId: 'c1', status }, at)
    }
    expect(annotations.claims['c1']?.history.map((change) => [change.from, change.to])).toEqual([
      [null, 'verified'],
      ['verified', 'needs-source'],
      ['needs-source', null]
    ])
    expect(annotations.claims['c1']?.status).toBeNull()
  })

  it('keeps notes and drops a review that says nothing', () => {
    const noted = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-note', claimId: 'c1', note: 'Timetable says 9:15.' },
      at
    )
    expect(noted.claims['c1']?.note).toBe('Timetable says 9:15.')
    const cleared = applyChange(article, noted, { kind: 'set-note', claimId: 'c1', note: '' }, at)
    expect(cleared.claims).toEqual({})
  })

  it('returns the same object when nothing changes', () => {
    const annotations = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-status', claimId: 'c1', status: 'verified' },
      at
    )
    expect(
      applyChange(article, annotations, { kind: 'set-status', claimId: 'c1', status: 'verified' }, at)
    ).toBe(annotations)
  })

  it('refuses a claim id the article does not have', () => {
    expect(() =>
      applyChange(article, emptyAnnotations(), { kind: 'set-note', claimId: 'c9', note: 'x' }, at)
    ).toThrow('This document has no claim "c9".')
  })
})

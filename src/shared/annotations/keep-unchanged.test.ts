import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations, type Annotations } from '../model'
import { applyChange, type AnnotationChange } from './changes'
import { keepUnchanged } from './keep-unchanged'

const article = buildArticle({
  title: 'Ferry',
  source: 'ferry.txt',
  blocks: [{ type: 'paragraph', text: 'It leaves at 9. It takes 40 minutes. Tickets cost $5.' }]
})
const apply = (annotations: Annotations, change: AnnotationChange, at: string) =>
  applyChange(article, annotations, change, at)
/** What comes back over the wire: equal data, all new objects. */
const copied = (annotations: Annotations): Annotations => JSON.parse(JSON.stringify(annotations))

describe('keepUnchanged', () => {
  const base = [
    { kind: 'set-status', claimId: 'c1', status: 'verified' },
    { kind: 'set-note', claimId: 'c2', note: 'Timetable' },
    { kind: 'add-highlight', highlightId: 'h1', start: 0, end: 8, color: 'yellow', note: '' }
  ] as AnnotationChange[]
  const shown = base.reduce(
    (current, change) => apply(current, change, '2026-01-01T00:00:00.000Z'),
    emptyAnnotations()
  )

  it('answers what is shown when the saved copy equals it', () => {
    expect(keepUnchanged(shown, copied(shown))).toBe(shown)
  })

  it('takes what differs from the saved copy and keeps every other object', () => {
    const saved = copied(
      apply(shown, { kind: 'set-status', claimId: 'c1', status: 'disputed' }, '2026-01-02T00:00:00.000Z')
    )
    const kept = keepUnchanged(shown, saved)
    expect(kept).toEqual(saved)
    expect(kept.claims.c2).toBe(shown.claims.c2)
    expect(kept.highlights).toBe(shown.highlights)
    expect(kept.claims.c1).not.toBe(shown.claims.c1)
    expect(kept.claims.c1?.status).toBe('disputed')
  })

  it('drops what the saved copy no longer has', () => {
    const saved = copied(
      apply(shown, { kind: 'set-note', claimId: 'c2', note: '' }, '2026-01-02T00:00:00.000Z')
    )
    expect(keepUnchanged(shown, saved)).toEqual(saved)
    expect(keepUnchanged(shown, saved).claims.c2).toBeUndefined()
  })
})

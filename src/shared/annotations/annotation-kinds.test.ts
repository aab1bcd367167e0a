import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations } from '../model'
import { AnnotationChange } from './change-schema'
import { applyChange } from './changes'
import { highlightOver } from './highlight-changes'

const article = buildArticle({
  title: 'Ferry Times',
  source: 'ferry.txt',
  blocks: [
    { type: 'paragraph', text: 'The ferry leaves at 9. It takes 40 minutes to cross.' },
    { type: 'paragraph', text: 'Tickets cost $5.' }
  ]
})
const at = '2026-11-25T10:00:00.000Z'
const source = { id: 's1', url: 'https://ferry.example/timetable', title: 'Timetable', quote: 'Dep. 09:15' }

describe('sources and tags', () => {
  it('adds and removes a source on a claim', () => {
    const added = applyChange(article, emptyAnnotations(), { kind: 'add-source', claimId: 'c1', source }, at)
    expect(added.claims['c1']?.sources).toEqual([source])
    const removed = applyChange(article, added, { kind: 'remove-source', claimId: 'c1', sourceId: 's1' }, at)
    expect(removed.claims).toEqual({})
  })

  it('refuses a source link that is not http(s)', () => {
    const parsed = AnnotationChange.safeParse({
      kind: 'add-source',
      claimId: 'c1',
      source: { ...source, url: 'javascript:alert(1)' }
    })
    expect(parsed.success).toBe(false)
  })

  it('keeps tags trimmed and free of case-insensitive duplicates', () => {
    const tagged = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-tags', claimId: 'c2', tags: [' Timing ', 'timing', '', 'ISW  data'] },
      at
    )
    expect(tagged.claims['c2']?.tags).toEqual(['Timing', 'ISW data'])
  })
})

describe('highlights', () => {
  const crossing = {
    kind: 'add-highlight',
    highlightId: 'h1',
    start: 4,
    end: 60,
    color: 'blue',
    note: ''
  } as const

  it('highlights a span across sentences and paragraphs with quote and position selectors', () => {
    const after = applyChange(article, emptyAnnotations(), crossing, at)
    expect(after.highlights[0]).toMatchObject({
      id: 'h1',
      color: 'blue',
      target: { position: { start: 4, end: 60 }, quote: { exact: article.text.slice(4, 60), prefix: 'The ' } }
    })
    expect(after.highlights[0]?.target.quote.exact).toContain('cross.\n\nTicket')
  })

  it('keeps overlapping highlights in document order, edits and deletes them', () => {
    let annotations = applyChange(article, emptyAnnotations(), crossing, at)
    annotations = applyChange(
      article,
      annotations,
      { kind: 'add-highlight', highlightId: 'h0', start: 0, end: 10, color: 'blue', note: 'Starts here' },
      at
    )
    expect(annotations.highlights.map((highlight) => highlight.id)).toEqual(['h0', 'h1'])
    annotations = applyChange(
      article,
      annotations,
      { kind: 'edit-highlight', highlightId: 'h1', color: 'purple', note: 'Why?' },
      at
    )
    expect(annotations.highlights[1]).toMatchObject({ color: 'purple', note: 'Why?' })
    annotations = applyChange(article, annotations, { kind: 'remove-highlight', highlightId: 'h0' }, at)
    expect(annotations.highlights.map((highlight) => highlight.id)).toEqual(['h1'])
  })

  it('finds the highlight over exactly a span, and none over a span it only overlaps', () => {
    const annotations = applyChange(article, emptyAnnotations(), crossing, at)
    expect(highlightOver(annotations, { start: 4, end: 60 })?.id).toBe('h1')
    expect(highlightOver(annotations, { start: 4, end: 59 })).toBeUndefined()
    expect(highlightOver(annotations, { start: 0, end: 60 })).toBeUndefined()
  })

  it('refuses an empty or out-of-range highlight', () => {
    expect(() => applyChange(article, emptyAnnotations(), { ...crossing, start: 5, end: 5 }, at)).toThrow(
      'A highlight must cover some of the article’s text.'
    )
    expect(() => applyChange(article, emptyAnnotations(), { ...crossing, end: 10_000 }, at)).toThrow()
  })
})

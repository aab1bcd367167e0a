import { describe, expect, it } from 'vitest'
import { parseDeskRecord } from './records'

const article = {
  _id: 'article:bridge-1',
  _rev: '1-a',
  type: 'article',
  deskDocId: 'bridge-1',
  title: 'The bridge',
  text: 'The bridge cost 4 million. It opened in May.',
  blocks: [{ type: 'paragraph', start: 0, end: 44 }],
  claims: [
    { id: 'c1', start: 0, end: 26 },
    { id: 'c2', start: 27, end: 44 }
  ],
  source: 'https://news.example.org/bridge',
  sharedBy: 'ana',
  sharedAt: '2026-12-06T10:00:00.000Z'
}

const review = {
  _id: 'review:bridge-1:ben',
  type: 'review',
  deskDocId: 'bridge-1',
  member: 'ben',
  claims: {
    c1: {
      status: 'disputed',
      note: 'tender was re-issued',
      sources: [{ url: 'https://example.org/tender', title: 'Tender' }],
      tags: [],
      updatedAt: '2026-12-06T10:01:00.000Z'
    }
  },
  highlights: [],
  updatedAt: '2026-12-06T10:01:00.000Z'
}

describe('desk records read from the server', () => {
  it('accepts an article and a review, CouchDB fields set aside', () => {
    const parsedArticle = parseDeskRecord(article)
    const parsedReview = parseDeskRecord(review)
    expect(parsedArticle.ok && parsedArticle.record.type).toBe('article')
    expect(
      parsedReview.ok && parsedReview.record.type === 'review' && parsedReview.record.claims['c1']?.note
    ).toBe('tender was re-issued')
  })

  it('accepts an article with a table and numbered list items, and refuses a cell outside its table', () => {
    const text = 'Costs by year.\n\nYear\tCost\n2023\t4m\n\nIt opened in May.'
    const table = {
      ...article,
      text,
      blocks: [
        { type: 'paragraph', start: 0, end: 14 },
        {
          type: 'table',
          start: 16,
          end: 30,
          table: {
            header: [
              { start: 16, end: 20 },
              { start: 21, end: 25 }
            ],
            rows: [[{ start: 26, end: 30 }]]
          }
        },
        { type: 'list-item', start: 32, end: 49, marker: '1.' }
      ],
      claims: [{ id: 'c1', start: 32, end: 49 }]
    }
    const parsed = parseDeskRecord(table)
    expect(parsed.ok && parsed.record.type === 'article' && parsed.record.blocks[1]?.table?.rows).toEqual([
      [{ start: 26, end: 30 }]
    ])
    const stray = structuredClone(table)
    stray.blocks[1]!.table!.rows[0]![0]!.end = 40
    expect(parseDeskRecord(stray).ok).toBe(false)
  })

  it('refuses a javascript: source link with a message', () => {
    const hostile = structuredClone(review)
    hostile.claims.c1.sources[0]!.url = 'javascript:alert(1)'
    const parsed = parseDeskRecord(hostile)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.message).toMatch(/review:bridge-1:ben.*http\(s\)/)
  })

  it('refuses prototype keys at the top and inside', () => {
    expect(
      parseDeskRecord(JSON.parse('{"_id":"review:bridge-1:ben","__proto__":{"x":1},"type":"review"}')).ok
    ).toBe(false)
    const nested = JSON.parse(JSON.stringify(review).replace('"c1":', '"__proto__":'))
    expect(parseDeskRecord(nested).ok).toBe(false)
    const constructorKey = { ...review, claims: { constructor: review.claims.c1 } }
    expect(parseDeskRecord(constructorKey).ok).toBe(false)
  })

  it('refuses an oversized, mistyped or misplaced record', () => {
    expect(parseDeskRecord({ ...article, text: 'x'.repeat(3_000_001) }).ok).toBe(false)
    expect(
      parseDeskRecord({ ...review, claims: { c1: { ...review.claims.c1, status: 'true-ish' } } }).ok
    ).toBe(false)
    expect(parseDeskRecord({ ...article, claims: [{ id: 'c1', start: 0, end: 999 }] }).ok).toBe(false)
    expect(parseDeskRecord({ ...review, _id: 'review:bridge-1:ana' }).ok).toBe(false)
    expect(parseDeskRecord({ ...review, type: 'vote' }).ok).toBe(false)
    expect(parseDeskRecord('review').ok).toBe(false)
  })

  it('refuses a javascript: article source and inline link', () => {
    expect(parseDeskRecord({ ...article, source: 'javascript:alert(1)' }).ok).toBe(false)
    const inline = { ...article, inlines: [{ start: 0, end: 3, kind: 'link', href: 'javascript:x' }] }
    expect(parseDeskRecord(inline).ok).toBe(false)
  })
})

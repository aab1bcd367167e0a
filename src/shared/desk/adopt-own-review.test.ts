import { describe, expect, it } from 'vitest'
import { applyChange } from '../annotations/changes'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations, type StoredDocument } from '../model'
import { adoptOwnReview } from './adopt-own-review'
import type { ReviewRecord } from './records'
import { reviewRecordOf, sameReview } from './review-record'

const article = buildArticle({
  title: 'Ferry Times',
  source: 'ferry.txt',
  blocks: [
    { type: 'paragraph', text: 'The ferry leaves at 9. It takes 40 minutes to cross.' },
    { type: 'paragraph', text: 'Tickets cost $5.' }
  ]
})
const morning = '2026-12-06T09:00:00.000Z'
const noon = '2026-12-06T12:00:00.000Z'

function desk(claims: ReviewRecord['claims'], highlights: ReviewRecord['highlights'] = []): ReviewRecord {
  return { type: 'review', deskDocId: 'd1', member: 'ana', claims, highlights, updatedAt: noon }
}
const review = (status: 'verified' | 'disputed' | null, note: string, updatedAt: string) => ({
  status,
  note,
  sources: [] as { url: string; title: string }[],
  tags: [] as string[],
  updatedAt
})

describe('your review from another machine', () => {
  it('takes a claim’s newer status and note from the desk, with the desk’s time', () => {
    const here = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-status', claimId: 'c1', status: 'verified' },
      morning
    )
    const adopted = adoptOwnReview(article, here, desk({ c1: review('disputed', 'Leaves at 9.15', noon) }))
    expect(adopted.claims['c1']).toMatchObject({
      status: 'disputed',
      note: 'Leaves at 9.15',
      updatedAt: noon
    })
  })

  it('keeps this machine’s claim where it is the newer', () => {
    const here = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-status', claimId: 'c1', status: 'verified' },
      noon
    )
    const adopted = adoptOwnReview(article, here, desk({ c1: review('disputed', '', morning) }))
    expect(adopted.claims['c1']?.status).toBe('verified')
  })

  it('adds the sources and highlights this machine lacks, and removes nothing', () => {
    let here = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-note', claimId: 'c2', note: 'Checked the fares' },
      noon
    )
    here = applyChange(
      article,
      here,
      { kind: 'add-highlight', highlightId: 'h1', start: 0, end: 9, color: 'cyan', note: '' },
      morning
    )
    const record = desk(
      {
        c1: {
          ...review('verified', '', morning),
          sources: [{ url: 'https://ferry.example/timetable', title: 'Timetable' }]
        }
      },
      [{ start: 23, end: 52, color: 'purple', note: 'Forty?' }]
    )
    const adopted = adoptOwnReview(article, here, record)
    expect(adopted.claims['c1']?.sources.map((source) => source.url)).toEqual([
      'https://ferry.example/timetable'
    ])
    expect(adopted.claims['c2']?.note).toBe('Checked the fares')
    expect(adopted.highlights.map((highlight) => [highlight.target.position.start, highlight.color])).toEqual(
      [
        [0, 'cyan'],
        [23, 'purple']
      ]
    )
  })

  it('changes nothing when the desk has what this machine has, so the two machines settle', () => {
    const here = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-status', claimId: 'c1', status: 'verified' },
      morning
    )
    const document = {
      ...article,
      id: 'd1',
      addedAt: morning,
      annotations: here
    } as unknown as StoredDocument
    const mine = reviewRecordOf(document, 'd1', 'ana', noon)
    expect(adoptOwnReview(article, here, mine)).toBe(here)
    const adopted = adoptOwnReview(article, emptyAnnotations(), mine)
    const again = reviewRecordOf({ ...document, annotations: adopted }, 'd1', 'ana', noon)
    expect(sameReview(again, mine)).toBe(true)
  })

  it('leaves on the desk what this copy of the article has no place for', () => {
    const record = desk({ c99: review('verified', '', noon) }, [
      { start: 5000, end: 5010, color: 'blue', note: '' }
    ])
    expect(adoptOwnReview(article, emptyAnnotations(), record)).toEqual(emptyAnnotations())
  })
})

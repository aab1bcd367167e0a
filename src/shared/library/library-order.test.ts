import { describe, expect, it } from 'vitest'
import type { LibraryEntry } from '../model'
import { arrangeLibrary, reviewedFraction } from './library-order'

function entry(id: string, title: string, fields: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    id,
    title,
    source: '',
    addedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    claimCount: 10,
    counts: { verified: 0, disputed: 0, 'needs-source': 0, 'not-a-claim': 0, unreviewed: 10 },
    ...fields
  }
}

const zurich = entry('zurich', 'Zürich council approves the tram budget', {
  source: 'https://news.example.ch/zurich-tram',
  addedAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-05T09:00:00.000Z',
  counts: { verified: 4, disputed: 1, 'needs-source': 0, 'not-a-claim': 0, unreviewed: 5 }
})
const harbour = entry('harbour', 'Harbour inquiry: the missing invoices', {
  source: 'harbour-inquiry.txt',
  addedAt: '2026-03-04T09:00:00.000Z',
  updatedAt: '2026-03-04T09:00:00.000Z'
})
const resume = entry('resume', 'Résumé of the minister’s claims', {
  addedAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-06T09:00:00.000Z',
  counts: { verified: 9, disputed: 0, 'needs-source': 0, 'not-a-claim': 0, unreviewed: 1 }
})
const entries = [zurich, harbour, resume]
const ids = (found: LibraryEntry[]) => found.map((found) => found.id)

describe('arrangeLibrary search', () => {
  it('ignores accents and case, in the query and in the title', () => {
    expect(ids(arrangeLibrary(entries, 'zurich', 'added'))).toEqual(['zurich'])
    expect(ids(arrangeLibrary(entries, 'RESUME', 'added'))).toEqual(['resume'])
    expect(ids(arrangeLibrary(entries, 'Zür', 'added'))).toEqual(['zurich'])
  })

  it('needs every word, found in the title or the source', () => {
    expect(ids(arrangeLibrary(entries, 'tram zurich', 'added'))).toEqual(['zurich'])
    expect(ids(arrangeLibrary(entries, 'inquiry .txt', 'added'))).toEqual(['harbour'])
    expect(ids(arrangeLibrary(entries, 'tram invoices', 'added'))).toEqual([])
  })

  it('keeps every entry for a blank query', () => {
    expect(arrangeLibrary(entries, '  ', 'added')).toHaveLength(3)
  })
})

describe('arrangeLibrary sort', () => {
  it('puts the newest first by date added or last changed', () => {
    expect(ids(arrangeLibrary(entries, '', 'added'))).toEqual(['harbour', 'zurich', 'resume'])
    expect(ids(arrangeLibrary(entries, '', 'updated'))).toEqual(['resume', 'zurich', 'harbour'])
  })

  it('sorts titles alphabetically with accented letters beside their plain ones', () => {
    expect(ids(arrangeLibrary(entries, '', 'title'))).toEqual(['harbour', 'resume', 'zurich'])
  })

  it('puts the most reviewed first by progress', () => {
    expect(ids(arrangeLibrary(entries, '', 'progress'))).toEqual(['resume', 'zurich', 'harbour'])
  })

  it('leaves the list it was given as it was', () => {
    arrangeLibrary(entries, '', 'title')
    expect(ids(entries)).toEqual(['zurich', 'harbour', 'resume'])
  })
})

describe('reviewedFraction', () => {
  it('is the share of claims with a status, and 0 for a document without claims', () => {
    expect(reviewedFraction(zurich)).toBe(0.5)
    expect(reviewedFraction(entry('empty', 'Empty', { claimCount: 0 }))).toBe(0)
  })

  it('leaves sentences marked not a claim out of both sides, so such a review can reach 1', () => {
    const done = entry('done', 'Done', {
      counts: { verified: 6, disputed: 1, 'needs-source': 0, 'not-a-claim': 3, unreviewed: 0 }
    })
    const half = entry('half', 'Half', {
      counts: { verified: 4, disputed: 0, 'needs-source': 0, 'not-a-claim': 2, unreviewed: 4 }
    })
    expect(reviewedFraction(done)).toBe(1)
    expect(reviewedFraction(half)).toBe(0.5)
  })

  it('is 0 when every sentence is marked not a claim', () => {
    const none = entry('none', 'None', {
      counts: { verified: 0, disputed: 0, 'needs-source': 0, 'not-a-claim': 10, unreviewed: 0 }
    })
    expect(reviewedFraction(none)).toBe(0)
  })
})

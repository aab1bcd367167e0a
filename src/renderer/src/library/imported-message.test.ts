import { describe, expect, it } from 'vitest'
import type { LibraryEntry } from '../../../shared/model'
import { importedMessage } from './imported-message'

const entry: LibraryEntry = {
  id: 'harbour-news',
  title: 'Harbour works delayed',
  source: 'harbour-news.html',
  addedAt: '2026-03-04T09:00:00.000Z',
  updatedAt: '2026-03-04T09:00:00.000Z',
  claimCount: 12,
  counts: { verified: 0, disputed: 0, 'needs-source': 0, 'not-a-claim': 0, unreviewed: 12 }
}

describe('importedMessage', () => {
  it('names a new document and how many claims it brings', () => {
    expect(importedMessage({ status: 'imported', entry })).toBe(
      'Imported “Harbour works delayed”: 12 claims to review.'
    )
  })

  it('says how many annotations moved to a new version, and says nothing of orphans when there are none', () => {
    expect(importedMessage({ status: 'updated', entry, placed: 1, orphaned: 0 })).toBe(
      'Updated “Harbour works delayed”: 1 annotation moved to the new text.'
    )
  })

  it('counts orphans in the singular and the plural', () => {
    expect(importedMessage({ status: 'updated', entry, placed: 3, orphaned: 1 })).toBe(
      'Updated “Harbour works delayed”: 3 annotations moved to the new text. 1 annotation could not be placed and is kept as orphans.'
    )
    expect(importedMessage({ status: 'updated', entry, placed: 0, orphaned: 2 })).toBe(
      'Updated “Harbour works delayed”: 0 annotations moved to the new text. 2 annotations could not be placed and are kept as orphans.'
    )
  })

  it('says what became of imported annotations: placed, orphaned, already there, skipped', () => {
    expect(
      importedMessage({ status: 'annotated', entry, placed: 2, orphaned: 1, unchanged: 0, skipped: 3 })
    ).toBe(
      '2 annotations placed on “Harbour works delayed”. 1 annotation could not be placed and is kept as orphans. 3 annotations without a quote were skipped.'
    )
  })
})

import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { documentMigrations } from '../data-migrations'
import { migrate } from '../migrations'
import { emptyAnnotations, SCHEMA_VERSION, StoredDocument, type Annotations } from '../model'
import { isCalendarDate } from './calendar-date'
import { AnnotationChange, NewSource } from './change-schema'
import { applyChange } from './changes'
import { documentSources } from './source-changes'
import { emptyHistory, recordStep, takeUndo } from './undo-history'

const article = buildArticle({
  title: 'Ferry Times',
  source: 'ferry.txt',
  blocks: [
    { type: 'paragraph', text: 'The ferry leaves at 9. It takes 40 minutes to cross. Tickets cost £4.' }
  ]
})
const at = '2026-11-25T10:00:00.000Z'

const timetable = {
  id: 's-timetable',
  url: 'https://ferry.example.org/timetable',
  title: 'Timetable',
  quote: '09:00 departure',
  accessedOn: '2026-11-20',
  archiveUrl: 'https://web.archive.org/web/2026/https://ferry.example.org/timetable',
  shows: 'The first crossing leaves at nine.'
}

const apply = (annotations: Annotations, ...changes: AnnotationChange[]) =>
  changes.reduce((current, change) => applyChange(article, current, change, at), annotations)

describe('a source’s provenance in the change schema', () => {
  it('accepts an accessed day, an archived copy and what the source shows', () => {
    expect(NewSource.parse(timetable)).toEqual(timetable)
  })

  it('accepts a source without them, as written before they existed', () => {
    const { id, url, title, quote } = timetable
    expect(NewSource.parse({ id, url, title, quote })).toEqual({ id, url, title, quote })
  })

  it.each([
    ['accessedOn', '2026-02-30', 'An accessed date is a day written YYYY-MM-DD.'],
    ['accessedOn', '2026/11/20', 'An accessed date is a day written YYYY-MM-DD.'],
    ['archiveUrl', 'javascript:alert(1)', 'An archive link must start with http:// or https://.']
  ])('refuses %s = %s with a message a person can act on', (field, value, message) => {
    const result = NewSource.safeParse({ ...timetable, [field]: value })
    expect(result.error?.issues[0]?.message).toBe(message)
  })

  it('refuses an archive link longer than any link may be', () => {
    const archiveUrl = `https://web.archive.org/${'a'.repeat(9000)}`
    expect(NewSource.safeParse({ ...timetable, archiveUrl }).error?.issues[0]?.code).toBe('too_big')
  })

  it('refuses a “what it shows” note longer than a note may be', () => {
    expect(NewSource.safeParse({ ...timetable, shows: 'x'.repeat(100_001) }).success).toBe(false)
  })

  it('knows a real day from a made-up one', () => {
    expect(['2024-02-29', '2026-12-31'].map(isCalendarDate)).toEqual([true, true])
    expect(['2026-02-29', '2026-13-01', '2026-1-1', ''].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false
    ])
  })
})

describe('edit-source', () => {
  it('replaces the source in place, keeping its position among the claim’s sources', () => {
    const other = { id: 's-other', url: 'https://example.org/other', title: '', quote: '' }
    const before = apply(
      emptyAnnotations(),
      { kind: 'add-source', claimId: 'c1', source: timetable },
      { kind: 'add-source', claimId: 'c1', source: other }
    )
    const edited = { ...timetable, title: 'Winter timetable', shows: 'Nine o’clock, Monday to Friday.' }
    const after = apply(before, { kind: 'edit-source', claimId: 'c1', source: edited })
    expect(after.claims['c1']?.sources).toEqual([edited, other])
    expect(before.claims['c1']?.sources[0]).toEqual(timetable)
  })

  it('says so when the source is no longer on the claim', () => {
    const change: AnnotationChange = { kind: 'edit-source', claimId: 'c1', source: timetable }
    expect(() => apply(emptyAnnotations(), change)).toThrow('That source is no longer on this claim.')
  })

  it('is undone by the history like any other change', () => {
    const before = apply(emptyAnnotations(), { kind: 'add-source', claimId: 'c1', source: timetable })
    const change: AnnotationChange = {
      kind: 'edit-source',
      claimId: 'c1',
      source: { ...timetable, archiveUrl: 'https://archive.ph/abc' }
    }
    const after = apply(before, change)
    const history = recordStep(emptyHistory(), change, before, after, { burst: null, now: 1 })
    const undo = takeUndo(history)
    expect(undo).not.toBeNull()
    expect(apply(after, undo!.change).claims['c1']?.sources).toEqual([timetable])
  })
})

describe('documentSources', () => {
  it('lists each source cited in the document once, in the order of the claims citing it', () => {
    const report = { id: 's-report', url: 'https://ferry.example.org/report', title: 'Report', quote: '' }
    const annotations = apply(
      emptyAnnotations(),
      { kind: 'add-source', claimId: 'c3', source: report },
      { kind: 'add-source', claimId: 'c1', source: timetable },
      { kind: 'add-source', claimId: 'c2', source: { ...timetable, id: 's-again', quote: 'another passage' } }
    )
    expect(documentSources(article, annotations).map((source) => source.id)).toEqual([
      's-timetable',
      's-report'
    ])
  })

  it('lists the sources of a review whose claim is gone after those of the claims still there', () => {
    const report = { id: 's-report', url: 'https://ferry.example.org/report', title: 'Report', quote: '' }
    const annotations = apply(
      emptyAnnotations(),
      { kind: 'add-source', claimId: 'c2', source: report },
      { kind: 'add-source', claimId: 'c3', source: timetable }
    )
    // The article as re-imported without its first two sentences: c2's review stays, its claim does not.
    const shorter = { claims: article.claims.filter((claim) => claim.id === 'c3') }
    expect(documentSources(shorter, annotations).map((source) => source.id)).toEqual([
      's-timetable',
      's-report'
    ])
  })
})

describe('a stored document from before provenance', () => {
  it('still reads, its sources without the new fields', () => {
    const stored = {
      ...article,
      schemaVersion: 2,
      id: 'ferry-1a2b3c4d',
      addedAt: at,
      annotations: apply(emptyAnnotations(), {
        kind: 'add-source',
        claimId: 'c1',
        source: { id: 's-1', url: 'https://ferry.example.org', title: 'Ferry', quote: '' }
      })
    }
    // Read as the store reads a file: brought up to date, then checked.
    const migrated = migrate(JSON.parse(JSON.stringify(stored)), SCHEMA_VERSION, documentMigrations)
    const parsed = StoredDocument.parse(migrated.kind === 'newer' ? null : migrated.data)
    expect(parsed.annotations.claims['c1']?.sources).toEqual([
      { id: 's-1', url: 'https://ferry.example.org', title: 'Ferry', quote: '' }
    ])
  })
})

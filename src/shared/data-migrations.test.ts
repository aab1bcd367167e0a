import { describe, expect, it } from 'vitest'
import { documentMigrations, libraryMigrations } from './data-migrations'
import { migrate } from './migrations'
import { LibraryIndex, SCHEMA_VERSION, StoredDocument, emptyLibrary } from './model'

const orphan = {
  id: 'o1-20261129',
  orphanedAt: '2026-11-29T09:00:00.000Z',
  annotation: {
    kind: 'highlight',
    highlight: {
      id: 'h-1',
      target: { quote: { exact: 'pier', prefix: '', suffix: '' }, position: { start: 4, end: 8 } },
      color: 'blue',
      note: 'gone',
      createdAt: '2026-11-28T09:00:00.000Z'
    }
  }
}

const version1Document = {
  schemaVersion: 1,
  id: 'pier-1a2b3c4d',
  addedAt: '2026-11-28T09:00:00.000Z',
  title: 'Pier',
  source: 'pier.txt',
  text: 'Pier\n\nThe pier opened.',
  blocks: [{ type: 'paragraph', start: 6, end: 22 }],
  claims: [{ id: 'c1', start: 6, end: 22 }],
  annotations: { claims: {}, highlights: [] },
  orphans: [orphan]
}

describe('data migrations', () => {
  it('moves a version 1 document’s orphans into its annotations, and the result is a valid document', () => {
    const migrated = migrate(version1Document, SCHEMA_VERSION, documentMigrations)
    expect(migrated.kind).toBe('migrated')
    const document = StoredDocument.parse(migrated.kind === 'migrated' ? migrated.data : null)
    expect(document.annotations.orphans).toEqual([orphan])
    expect(document).not.toHaveProperty('orphans')
  })

  it('brings a version 1 document without orphans up to date without adding any', () => {
    const { orphans: _orphans, ...withoutOrphans } = version1Document
    const migrated = migrate(withoutOrphans, SCHEMA_VERSION, documentMigrations)
    const document = StoredDocument.parse(migrated.kind === 'migrated' ? migrated.data : null)
    expect(document.annotations).toEqual({ claims: {}, highlights: [] })
  })

  it('reads a version 1 library index as it was', () => {
    const index = {
      schemaVersion: 1,
      documents: [],
      trash: [],
      places: {},
      sampleImported: true,
      lastDocumentId: null
    }
    const migrated = migrate(index, SCHEMA_VERSION, libraryMigrations)
    expect(LibraryIndex.parse(migrated.kind === 'migrated' ? migrated.data : null)).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      sampleImported: true
    })
  })

  it('reads a library index written before "not a claim" as having none in each document', () => {
    const entry = {
      id: 'pier-1a2b3c4d',
      title: 'Pier',
      source: 'pier.txt',
      addedAt: '2026-11-28T09:00:00.000Z',
      updatedAt: '2026-11-28T09:00:00.000Z',
      claimCount: 4,
      counts: { verified: 1, disputed: 1, 'needs-source': 0, unreviewed: 2 }
    }
    const index = { ...emptyLibrary(), documents: [entry] }
    const parsed = LibraryIndex.parse(JSON.parse(JSON.stringify(index)))
    expect(parsed.documents[0]?.counts).toEqual({ ...entry.counts, 'not-a-claim': 0 })
  })

  it('opens a document whose reviews use only the three verdicts, and one marked not a claim', () => {
    const review = (status: string) => ({
      claimId: 'c1',
      target: {
        quote: { exact: 'The pier opened.', prefix: '', suffix: '' },
        position: { start: 6, end: 22 }
      },
      status,
      note: '',
      sources: [],
      tags: [],
      history: [{ at: '2026-11-28T09:00:00.000Z', from: null, to: status }],
      updatedAt: '2026-11-28T09:00:00.000Z'
    })
    const { orphans: _orphans, ...current } = { ...version1Document, schemaVersion: SCHEMA_VERSION }
    for (const status of ['verified', 'not-a-claim']) {
      const document = StoredDocument.parse({
        ...current,
        annotations: { claims: { c1: review(status) }, highlights: [] }
      })
      expect(document.annotations.claims['c1']?.status).toBe(status)
    }
  })
})

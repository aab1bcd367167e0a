import { describe, expect, it } from 'vitest'
import { documentMigrations, libraryMigrations } from './data-migrations'
import { migrate } from './migrations'
import { LibraryIndex, SCHEMA_VERSION, StoredDocument } from './model'

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
})

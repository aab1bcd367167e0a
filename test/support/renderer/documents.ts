/**
 * Small documents for component tests, built by the same pure code an import uses, so claims,
 * offsets and reviews are real; and library entries shaped as the store lists them.
 */
import { applyChange, type AnnotationChange } from '../../../src/shared/annotations/changes'
import { buildArticle } from '../../../src/shared/document/build-article'
import {
  SCHEMA_VERSION,
  emptyAnnotations,
  type LibraryEntry,
  type StatusCounts,
  type StoredDocument
} from '../../../src/shared/model'

export const testNow = '2026-03-16T09:30:00.000Z'

/** A document with a title and paragraphs, each sentence a claim, reviewed by `changes`. */
export function testDocument(
  paragraphs: string[],
  changes: (document: StoredDocument) => AnnotationChange[] = () => [],
  id = 'doc-1'
): StoredDocument {
  const article = buildArticle({
    title: 'Harbour Bridge Reopens',
    source: 'https://news.example.org/harbour',
    blocks: [
      { type: 'title', text: 'Harbour Bridge Reopens' },
      ...paragraphs.map((text) => ({ type: 'paragraph' as const, text }))
    ]
  })
  const document: StoredDocument = {
    ...article,
    schemaVersion: SCHEMA_VERSION,
    id,
    addedAt: testNow,
    annotations: emptyAnnotations()
  }
  const annotations = changes(document).reduce(
    (current, change) => applyChange(document, current, change, testNow),
    document.annotations
  )
  return { ...document, annotations }
}

const noCounts: StatusCounts = {
  verified: 0,
  disputed: 0,
  'needs-source': 0,
  'not-a-claim': 0,
  unreviewed: 0
}

/** A library row as the store lists it. */
export function testEntry(id: string, title: string, counts: Partial<StatusCounts> = {}): LibraryEntry {
  const full = { ...noCounts, ...counts }
  const claimCount = Object.values(full).reduce((sum, count) => sum + count, 0)
  return {
    id,
    title,
    source: `https://news.example.org/${id}`,
    addedAt: testNow,
    updatedAt: testNow,
    claimCount,
    counts: full
  }
}

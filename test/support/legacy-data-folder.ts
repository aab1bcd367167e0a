/**
 * A data folder as Claimcheck wrote it before a document was split into a review and an article
 * (schemaVersion 2): `library.json` and one whole file per document, `documents/<id>.json`, with
 * the stamps the old store kept. Written here by hand, byte for byte as the old store wrote them
 * (`JSON.stringify`, no spaces), never by the store under test.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface LegacyDocument {
  schemaVersion: 2
  id: string
  title: string
  source: string
  addedAt: string
  text: string
  blocks: { type: string; start: number; end: number }[]
  claims: { id: string; start: number; end: number }[]
  annotations: { claims: Record<string, unknown>; highlights: unknown[] }
  trashedAt?: string
}

/** A short article with its claims placed by hand, and one reviewed claim with a note. */
export function legacyDocument(id: string, title: string, note: string): LegacyDocument {
  const first = 'The ferry carried 412 passengers in May.'
  const second = 'Fares rose by 8% after the strike.'
  const text = `${title}\n\n${first} ${second}`
  const start = title.length + 2
  const secondStart = start + first.length + 1
  const at = '2025-11-03T10:00:00.000Z'
  return {
    schemaVersion: 2,
    id,
    title,
    source: `${id}.txt`,
    addedAt: '2025-11-01T09:00:00.000Z',
    text,
    blocks: [
      { type: 'title', start: 0, end: title.length },
      { type: 'paragraph', start, end: text.length }
    ],
    claims: [
      { id: 'c1', start, end: start + first.length },
      { id: 'c2', start: secondStart, end: text.length }
    ],
    annotations: {
      claims: {
        c2: {
          claimId: 'c2',
          target: {
            quote: { exact: second, prefix: `${first} `, suffix: '' },
            position: { start: secondStart, end: text.length }
          },
          status: 'disputed',
          note,
          sources: [],
          tags: ['fares'],
          history: [{ at, from: null, to: 'disputed' }],
          updatedAt: at
        }
      },
      highlights: []
    }
  }
}

/** Writes the folder; answers the bytes of each document file as written. */
export async function writeLegacyFolder(
  dataDir: string,
  documents: LegacyDocument[],
  options: { lastDocumentId?: string } = {}
): Promise<Map<string, string>> {
  await mkdir(join(dataDir, 'documents'), { recursive: true })
  const written = new Map<string, string>()
  const stamps: Record<string, { size: number; mtimeMs: number }> = {}
  for (const document of documents) {
    const path = join(dataDir, 'documents', `${document.id}.json`)
    const content = JSON.stringify(document)
    await writeFile(path, content)
    const { size, mtimeMs } = await stat(path)
    stamps[document.id] = { size, mtimeMs }
    written.set(document.id, content)
  }
  const entry = (document: LegacyDocument) => ({
    id: document.id,
    title: document.title,
    source: document.source,
    addedAt: document.addedAt,
    updatedAt: document.addedAt,
    claimCount: document.claims.length,
    counts: {
      verified: 0,
      disputed: 1,
      'needs-source': 0,
      'not-a-claim': 0,
      unreviewed: document.claims.length - 1
    },
    tags: ['fares']
  })
  const index = {
    schemaVersion: 2,
    documents: documents.filter((document) => !document.trashedAt).map(entry),
    trash: documents
      .filter((document) => document.trashedAt)
      .map((document) => ({ ...entry(document), trashedAt: document.trashedAt })),
    places: Object.fromEntries(
      documents.map((document) => [document.id, { claimId: 'c2', scrollFraction: 0.4 }])
    ),
    stamps,
    sampleImported: true,
    lastDocumentId: options.lastDocumentId ?? null
  }
  await writeFile(join(dataDir, 'library.json'), JSON.stringify(index))
  return written
}

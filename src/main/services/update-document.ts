/**
 * Replaces a document's text with a new version and carries its annotations over by quote.
 * Annotations without a place become orphans on the document; the counts say what happened.
 */
import { reanchorAnnotations } from '../../shared/anchor/reanchor'
import type { Article, LibraryEntry, StoredDocument } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import { entryFor, type LibraryStore } from '../store/library-store'

export interface DocumentUpdated {
  entry: LibraryEntry
  placed: number
  orphaned: number
}

export async function updateDocument(
  store: LibraryStore,
  documentId: string,
  article: Article,
  at: Date
): Promise<DocumentUpdated> {
  if (article.claims.length === 0) {
    throw new ApiFailure(
      'bad-file',
      `“${article.source}” has no sentences to review: only a title or headings.`
    )
  }
  const existing = await store.readDocument(documentId)
  const now = at.toISOString()
  const { annotations, orphans, placed, orphaned } = reanchorAnnotations(existing, article, now)
  const updated: StoredDocument = {
    schemaVersion: existing.schemaVersion,
    id: existing.id,
    addedAt: existing.addedAt,
    ...article,
    annotations,
    orphans
  }
  await store.writeDocument(updated)
  const entry = entryFor(updated, now)
  await store.updateIndex((index) => {
    index.documents = index.documents.map((candidate) => (candidate.id === documentId ? entry : candidate))
    // The old scroll position and claim ids no longer describe this text.
    delete index.places[documentId]
  })
  return { entry, placed, orphaned }
}

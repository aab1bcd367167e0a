/**
 * Replaces a document's text with a new version and carries its annotations over by quote.
 * Annotations without a place become orphans on the document; the counts say what happened.
 */
import { reanchorAnnotations } from '../../shared/anchor/reanchor'
import type { Article, LibraryEntry } from '../../shared/model'
import type { LibraryStore } from '../store/library-store'
import { assertHasClaims } from './import-article'

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
  assertHasClaims(article)
  let outcome = { placed: 0, orphaned: 0 }
  const { entry } = await store.changeDocument(documentId, (existing) => {
    const { annotations, placed, orphaned } = reanchorAnnotations(existing, article, at.toISOString())
    outcome = { placed, orphaned }
    const { trashedAt } = existing
    return {
      schemaVersion: existing.schemaVersion,
      id: existing.id,
      addedAt: existing.addedAt,
      ...article,
      annotations,
      ...(trashedAt ? { trashedAt } : {})
    }
  })
  // The old scroll position and claim ids no longer describe this text.
  await store.updateIndex((index) => {
    delete index.places[documentId]
  })
  return { entry, ...outcome }
}

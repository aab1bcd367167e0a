/** Stores a new document built from an imported file and lists it in the library. */
import {
  SCHEMA_VERSION,
  emptyAnnotations,
  type Article,
  type LibraryEntry,
  type StoredDocument
} from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import { entryFor, type LibraryStore } from '../store/library-store'
import { newDocumentId } from './document-id'

export async function importArticle(store: LibraryStore, article: Article, at: Date): Promise<LibraryEntry> {
  if (article.claims.length === 0) {
    throw new ApiFailure(
      'bad-file',
      `“${article.source}” has no sentences to review: only a title or headings.`
    )
  }
  const document: StoredDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: newDocumentId(article.title),
    addedAt: at.toISOString(),
    ...article,
    annotations: emptyAnnotations()
  }
  // The document is durable before the library lists it, so the index never points at nothing.
  await store.writeDocument(document)
  const entry = entryFor(document)
  await store.updateIndex((index) => {
    index.documents.push(entry)
  })
  return entry
}

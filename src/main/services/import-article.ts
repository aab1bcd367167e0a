/** Stores a new document built from an imported file and lists it in the library. */
import { SCHEMA_VERSION, emptyAnnotations, type Article, type LibraryEntry } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import type { LibraryStore } from '../store/library-store'
import { newDocumentId } from './document-id'

export function assertHasClaims(article: Article): void {
  if (article.claims.length === 0) {
    throw new ApiFailure(
      'bad-file',
      `“${article.source}” has no sentences to review: only a title or headings.`
    )
  }
}

export async function importArticle(store: LibraryStore, article: Article, at: Date): Promise<LibraryEntry> {
  assertHasClaims(article)
  return store.createDocument({
    schemaVersion: SCHEMA_VERSION,
    id: newDocumentId(article.title),
    addedAt: at.toISOString(),
    ...article,
    annotations: emptyAnnotations()
  })
}

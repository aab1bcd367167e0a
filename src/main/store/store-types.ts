/** The types a store's callers name: how a change is saved, and who hears of it. */
import type { LibraryEntry, StoredDocument } from '../../shared/model'

export interface DocumentSaved {
  document: StoredDocument
  entry: LibraryEntry
}

export interface ChangeOptions {
  /**
   * Resolve once the document is on disk; its library entry is written after (annotation
   * changes: with 1,000 documents the index is as large as a document and rewrote every change).
   */
  indexInBackground?: boolean
}

export interface StoreOptions {
  now?: () => Date
}

/** Told of every document once it is on disk (null: deleted for good), e.g. to keep an index current. */
export type DocumentListener = (id: string, document: StoredDocument | null) => void

/** The library's summary of a document, and where it belongs: the shelf or the trash. */
import { countStatuses } from '../annotations/counts'
import type { LibraryEntry, LibraryIndex, StoredDocument } from '../model'
import { tagsInUse } from '../review/claim-filter'

export function entryFor(document: StoredDocument, updatedAt = document.addedAt): LibraryEntry {
  const tags = tagsInUse(document.annotations)
  return {
    id: document.id,
    title: document.title,
    source: document.source,
    addedAt: document.addedAt,
    updatedAt,
    claimCount: document.claims.length,
    counts: countStatuses(document, document.annotations),
    ...(document.annotations.orphans?.length ? { orphanCount: document.annotations.orphans.length } : {}),
    ...(tags.length ? { tags } : {}),
    // The assignee is the desk's: the desk services fill it in when they list the library.
    ...(document.desk ? { desk: { deskDocId: document.desk.deskDocId, assignee: null } } : {})
  }
}

/**
 * Puts a document's entry on the shelf, or in the trash when `trashedAt` is set, in place of any
 * entry it had before (keeping its position when it stays where it was). Mutates `index`.
 */
export function placeEntry(index: LibraryIndex, entry: LibraryEntry, trashedAt?: string): void {
  const shelfAt = index.documents.findIndex((candidate) => candidate.id === entry.id)
  const trashAt = index.trash.findIndex((candidate) => candidate.id === entry.id)
  if (trashedAt === undefined) {
    if (trashAt !== -1) index.trash.splice(trashAt, 1)
    if (shelfAt !== -1) index.documents[shelfAt] = entry
    else index.documents.push(entry)
    return
  }
  if (shelfAt !== -1) index.documents.splice(shelfAt, 1)
  const trashed = { ...entry, trashedAt }
  if (trashAt !== -1) index.trash[trashAt] = trashed
  else index.trash.push(trashed)
}

/** Forgets a document entirely: shelf, trash, reading place and file stamp. Mutates `index`. */
export function removeEntry(index: LibraryIndex, documentId: string): void {
  index.documents = index.documents.filter((entry) => entry.id !== documentId)
  index.trash = index.trash.filter((entry) => entry.id !== documentId)
  delete index.places[documentId]
  delete index.stamps[documentId]
  if (index.lastDocumentId === documentId) index.lastDocumentId = null
}

/**
 * What the cross-document views need from every document, built once per document version and
 * kept: its claims as All claims rows and its folded text for library search. A document is read
 * again only when its index entry says it changed, so a keystroke or a reopened view costs memory
 * lookups, not disk reads or analyses.
 */
import { analyzeArticle } from '../../shared/claims/analyze'
import { libraryClaimsOf, type LibraryClaim } from '../../shared/all-claims/all-claims'
import { searchableDocument, type SearchableDocument } from '../../shared/library/library-search'
import type { LibraryEntry } from '../../shared/model'
import type { LibraryStore } from '../store/library-store'

export interface DocumentDigest {
  claims: LibraryClaim[]
  search: SearchableDocument
}

interface Kept {
  version: string
  digest: Promise<DocumentDigest>
}

const versionOf = (store: LibraryStore, entry: LibraryEntry): string =>
  JSON.stringify([entry.updatedAt, entry.title, store.index.stamps[entry.id] ?? null])

export class LibraryDigest {
  private readonly kept = new Map<string, Kept>()
  /** How many documents were read and analysed: for tests that nothing is done twice. */
  built = 0

  constructor(private readonly store: LibraryStore) {}

  /** A digest of every document on the shelf (not the trash), in library order. */
  async all(): Promise<DocumentDigest[]> {
    const entries = this.store.index.documents
    const shelf = new Set(entries.map((entry) => entry.id))
    for (const id of this.kept.keys()) if (!shelf.has(id)) this.kept.delete(id)
    return Promise.all(entries.map((entry) => this.of(entry)))
  }

  private of(entry: LibraryEntry): Promise<DocumentDigest> {
    const version = versionOf(this.store, entry)
    const kept = this.kept.get(entry.id)
    if (kept?.version === version) return kept.digest
    const digest = this.build(entry.id)
    this.kept.set(entry.id, { version, digest })
    // A failed read is not kept: the next call tries again.
    digest.catch(() => this.kept.delete(entry.id))
    return digest
  }

  private async build(documentId: string): Promise<DocumentDigest> {
    const document = await this.store.openDocument(documentId)
    this.built++
    return {
      claims: libraryClaimsOf(document, analyzeArticle(document).claims),
      search: searchableDocument(document)
    }
  }
}

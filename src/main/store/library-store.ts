/**
 * The store: a library index (`library.json`) and one file per document (`documents/<id>.json`),
 * each a lowdb database over a durable adapter. A file that cannot be read is moved aside with a
 * timestamp, never overwritten, and the user is told where it went.
 */
import { mkdir, readdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import {
  LibraryIndex,
  StoredDocument,
  emptyLibrary,
  type LibraryEntry,
  type Notice
} from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import { countStatuses } from '../../shared/annotations/counts'
import { tagsInUse } from '../../shared/review/claim-filter'
import { DurableJsonFile, NewerDataError, UnreadableFileError } from './durable-json-file'

const LIBRARY_FILE = 'library.json'
const DOCUMENTS_FOLDER = 'documents'

/** `library.json` → `library.json.damaged-2026-11-25T13-04-05Z`: kept, never read again. */
export async function moveAside(filePath: string, now = new Date()): Promise<string> {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')
  const target = `${filePath}.damaged-${stamp}`
  await rename(filePath, target)
  return target
}

export class LibraryStore {
  private readonly documents = new Map<string, Low<StoredDocument>>()
  private pendingNotices: Notice[] = []

  private constructor(
    readonly dataDir: string,
    private readonly library: Low<LibraryIndex>
  ) {}

  static async open(dataDir: string): Promise<LibraryStore> {
    await mkdir(join(dataDir, DOCUMENTS_FOLDER), { recursive: true })
    const adapter = new DurableJsonFile(join(dataDir, LIBRARY_FILE), LibraryIndex)
    const library = new Low<LibraryIndex>(adapter, emptyLibrary())
    const store = new LibraryStore(dataDir, library)
    try {
      await library.read()
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error
      const movedTo = await moveAside(error.filePath)
      store.notify(
        'warning',
        `${error.message}. It was moved to ${movedTo}; the library was rebuilt from your documents.`
      )
      library.data = await store.rebuildIndex()
      await library.write()
    }
    return store
  }

  get index(): Readonly<LibraryIndex> {
    return this.library.data
  }

  /** Notices collected since the last call (e.g. files moved aside). */
  takeNotices(): Notice[] {
    const notices = this.pendingNotices
    this.pendingNotices = []
    return notices
  }

  async updateIndex(update: (index: LibraryIndex) => void): Promise<void> {
    update(this.library.data)
    await this.library.write()
  }

  async readDocument(id: string): Promise<StoredDocument> {
    const cached = this.documents.get(id)
    if (cached) return cached.data
    const filePath = this.documentPath(id)
    const adapter = new DurableJsonFile(filePath, StoredDocument)
    let document: StoredDocument | null
    try {
      document = await adapter.read()
    } catch (error) {
      if (error instanceof NewerDataError) throw new ApiFailure('bad-file', error.message)
      if (!(error instanceof UnreadableFileError)) throw error
      const movedTo = await moveAside(filePath)
      await this.updateIndex((index) => {
        index.documents = index.documents.filter((entry) => entry.id !== id)
      })
      throw new ApiFailure('bad-file', `${error.message}. It was moved to ${movedTo} and left untouched.`)
    }
    if (!document) throw new ApiFailure('not-found', 'That document is no longer in the library.')
    this.documents.set(id, new Low(adapter, document))
    return document
  }

  /** Replaces a document's content on disk; resolves once it is durable. */
  async writeDocument(document: StoredDocument): Promise<void> {
    let db = this.documents.get(document.id)
    if (!db) {
      db = new Low<StoredDocument>(
        new DurableJsonFile(this.documentPath(document.id), StoredDocument),
        document
      )
      this.documents.set(document.id, db)
    }
    db.data = document
    await db.write()
  }

  /** Drops cached documents whose files were deleted. */
  forget(ids: string[]): void {
    for (const id of ids) this.documents.delete(id)
  }

  private documentPath(id: string): string {
    return join(this.dataDir, DOCUMENTS_FOLDER, `${id}.json`)
  }

  private notify(level: Notice['level'], message: string): void {
    this.pendingNotices.push({ level, message })
  }

  /** Recreates the index from the document files that can still be read. */
  private async rebuildIndex(): Promise<LibraryIndex> {
    const index = emptyLibrary()
    index.sampleImported = true
    const names = await readdir(join(this.dataDir, DOCUMENTS_FOLDER))
    for (const name of names.filter((file) => file.endsWith('.json'))) {
      try {
        const document = await this.readDocument(name.slice(0, -'.json'.length))
        index.documents.push(entryFor(document))
      } catch (error) {
        if (error instanceof ApiFailure) this.notify('warning', error.message)
        else throw error
      }
    }
    return index
  }
}

/** The library's summary of a document. */
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
    ...(document.orphans?.length ? { orphanCount: document.orphans.length } : {}),
    ...(tags.length ? { tags } : {})
  }
}

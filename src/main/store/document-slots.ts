/**
 * The documents in memory, one slot each: a document is loaded once (concurrent first calls share
 * the load), a failed load is forgotten so the next call tries again, and a document found damaged
 * on load is kept aside and unlisted with a message saying where it went.
 */
import { Low } from 'lowdb'
import { DocumentId } from '../../shared/ids'
import type { FileStamp, StoredDocument } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import type { Backups } from './backups'
import {
  DocumentFile,
  moveDocumentAside,
  readDocumentAt,
  readDocumentFiles,
  type ArticleOnDisk
} from './document-files'
import { NewerDataError, UnreadableFileError } from './durable-json-file'
import { damagedNotice } from './folder-check'
import { documentPath, storageFailure } from './store-layout'

/** One document in memory, over its two files. */
export interface DocumentSlot {
  db: Low<StoredDocument>
  file: DocumentFile
}

/** A slot for `document`, whose review on disk names `article` (null: none yet, or a whole file). */
export function documentSlot(
  dataDir: string,
  backups: Backups,
  id: string,
  document: StoredDocument,
  article: ArticleOnDisk | null,
  fresh = false
): DocumentSlot {
  const file = new DocumentFile(dataDir, id, backups, article, fresh)
  return { db: new Low(file, document), file }
}

export interface SlotsOptions {
  dataDir: string
  backups: Backups
  now: () => Date
  /** Whether the index lists the document (on the shelf or in the trash). */
  isListed: (id: string) => boolean
  /** Drops a document from the index (its file was kept aside). */
  unlist: (id: string) => Promise<void>
}

export class DocumentSlots {
  private readonly slots = new Map<string, Promise<DocumentSlot>>()

  constructor(private readonly options: SlotsOptions) {}

  /** The slot of a document already loaded or loading, without starting a load. */
  loaded(id: string): Promise<DocumentSlot> | undefined {
    return this.slots.get(id)
  }

  /** The document's slot, loaded on first use. */
  get(id: string): Promise<DocumentSlot> {
    let slot = this.slots.get(id)
    if (!slot) {
      slot = this.load(id)
      this.slots.set(id, slot)
      // A failed load is not remembered: the next call tries again (or sees the file gone).
      slot.catch(() => this.slots.delete(id))
    }
    return slot
  }

  /**
   * Takes `document` into memory as the one its id names: a new one (`article` 'new'), or one read
   * at start-up with the article its review names (null for a whole file from before the split).
   */
  adopt(id: string, document: StoredDocument, article: ArticleOnDisk | null | 'new'): DocumentSlot {
    const { dataDir, backups } = this.options
    const slot =
      article === 'new'
        ? documentSlot(dataDir, backups, id, document, null, true)
        : documentSlot(dataDir, backups, id, document, article)
    this.slots.set(id, Promise.resolve(slot))
    return slot
  }

  /** Forgets a document: deleted, or what is in memory may differ from the disk after a failed save. */
  forget(id: string): void {
    this.slots.delete(id)
  }

  /**
   * A document as it is now, without keeping it loaded: the one in memory when it is loaded, else
   * read from its file (null when unlisted or unreadable). `beforeParse` runs between the read and
   * the parse.
   */
  async peek(id: string, beforeParse?: () => Promise<void>): Promise<StoredDocument | null> {
    const slot = this.slots.get(id)
    if (slot) return (await slot).db.data
    if (!DocumentId.safeParse(id).success || !this.options.isListed(id)) return null
    try {
      const { dataDir } = this.options
      return (await readDocumentAt(dataDir, id, documentPath(dataDir, id), beforeParse))?.document ?? null
    } catch (error) {
      if (error instanceof UnreadableFileError || error instanceof NewerDataError) return null
      throw error
    }
  }

  /**
   * Saves a slot's document; answers what the file now holds (maybe a later change that shared
   * the write) and its stamp. A failed save forgets the slot: memory may now differ from the disk.
   */
  async save(slot: DocumentSlot, id: string): Promise<{ document: StoredDocument; stamp: FileStamp }> {
    try {
      const stamp = await slot.file.save(slot.db.data)
      const written = slot.file.lastWritten
      return written?.stamp === stamp ? { document: written.data, stamp } : { document: slot.db.data, stamp }
    } catch (error) {
      this.slots.delete(id)
      throw storageFailure(error)
    }
  }

  private async load(id: string): Promise<DocumentSlot> {
    const { dataDir, backups, now, isListed, unlist } = this.options
    if (!DocumentId.safeParse(id).success || !isListed(id)) {
      throw new ApiFailure('not-found', 'That document is no longer in the library.')
    }
    let read
    try {
      read = await readDocumentFiles(dataDir, id)
    } catch (error) {
      if (error instanceof NewerDataError) throw new ApiFailure('bad-file', error.message)
      if (!(error instanceof UnreadableFileError)) throw error
      // Damaged since start (start-up checks every file): keep it aside and drop it from the list.
      const damaged = await moveDocumentAside(dataDir, id, error.reason, now())
      await unlist(id)
      throw new ApiFailure('bad-file', damagedNotice(dataDir, damaged))
    }
    if (!read) throw new ApiFailure('not-found', 'That document is no longer in the library.')
    return documentSlot(dataDir, backups, id, read.document, read.article)
  }
}

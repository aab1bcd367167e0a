/**
 * The store: a library index (`library.json`) and, per document, a review (`documents/<id>.json`)
 * and the article it names (`articles/<id>.<key>.article`), each a lowdb database over a durable
 * adapter. A change rewrites the review only; the article is written again only for a new text.
 *
 * One document, one owner: a document is loaded once (concurrent first calls share the load) and
 * every change to it is applied in memory in call order, then group-committed with its index
 * entry. A change that throws writes nothing. The parts: where files live (`store-layout.ts`), the
 * documents in memory (`document-slots.ts`), the index and its background writes
 * (`index-writer.ts`), the idle gate background work waits on (`activity-gate.ts`), and the
 * start-up check of the folder (`library-start-up.ts`).
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import { entryFor, placeEntry, removeEntry } from '../../shared/library/entry'
import { StoredDocument, type LibraryEntry, type LibraryIndex, type Notice } from '../../shared/model'
import { ActivityGate } from './activity-gate'
import { Backups, type KeptVersion } from './backups'
import { removeArticles } from './document-files'
import { DocumentSlots, type DocumentSlot } from './document-slots'
import { readKeptVersion } from './document-versions'
import { damagedNotice } from './folder-check'
import { IndexWriter } from './index-writer'
import { readLibraryIndex, reconcileIndex } from './library-start-up'
import { BACKUPS_FOLDER, documentBackups, documentPath } from './store-layout'
import type { ChangeOptions, DocumentListener, DocumentSaved, StoreOptions } from './store-types'

export type { ChangeOptions, DocumentListener, DocumentSaved, StoreOptions } from './store-types'

export class LibraryStore {
  private readonly slots: DocumentSlots
  private pendingNotices: Notice[] = []
  private readonly listeners = new Set<DocumentListener>()
  private readonly gate = new ActivityGate()
  private readonly indexWriter: IndexWriter

  private constructor(
    readonly dataDir: string,
    library: Low<LibraryIndex>,
    private readonly backups: Backups,
    private readonly now: () => Date
  ) {
    this.indexWriter = new IndexWriter(library, this.gate)
    this.slots = new DocumentSlots({
      dataDir,
      backups,
      now,
      isListed: (id) => this.indexWriter.entryOf(id) !== undefined,
      unlist: (id) => this.updateIndex((index) => removeEntry(index, id))
    })
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<LibraryStore> {
    const now = options.now ?? (() => new Date())
    const backups = new Backups(join(dataDir, BACKUPS_FOLDER), () => now().getTime())
    const { library, damaged, asRead } = await readLibraryIndex(dataDir, backups, now)
    const store = new LibraryStore(dataDir, library, backups, now)
    await reconcileIndex({
      dataDir,
      index: library.data,
      damaged,
      now,
      notify: (level, message) => store.notify(level, message),
      rewrite: (id, document, article) => store.slots.adopt(id, document, article).file.save(document)
    })
    if (damaged.length) store.notify('warning', damagedNotice(dataDir, damaged))
    if (JSON.stringify(library.data) !== asRead) await library.write()
    return store
  }

  get index(): Readonly<LibraryIndex> {
    return this.indexWriter.data
  }

  /** A warning for the user, given with the next notices (e.g. another data file kept aside). */
  warn(message: string): void {
    this.notify('warning', message)
  }

  /** Notices collected since the last call (e.g. files moved aside). */
  takeNotices(): Notice[] {
    const notices = this.pendingNotices
    this.pendingNotices = []
    return notices
  }

  /** Changes the index as one step: `update` works on a copy, so a throw changes nothing. */
  updateIndex(update: (index: LibraryIndex) => void): Promise<void> {
    return this.indexWriter.update(update)
  }

  /** Remembers the document last open; on disk once the store is quiet (see IndexWriter). */
  noteLastDocument(id: string): void {
    this.indexWriter.noteLastDocument(id)
  }

  /** Calls `listener` after every document saved or deleted; answers a function that stops it. */
  onDocumentChanged(listener: DocumentListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * A document as it is now, without keeping it loaded: the one in memory when it is open, else
   * read from its file. For reading the whole library (an index), not for changing a document.
   */
  peekDocument(id: string, options: { inBackground?: boolean } = {}): Promise<StoredDocument | null> {
    // In the background, the parse (tens of ms for a large document) waits for loads and changes.
    return this.slots.peek(id, options.inBackground ? () => this.whenIdle() : undefined)
  }

  /** A document on the shelf or in the trash; concurrent first calls share one load. */
  async openDocument(id: string): Promise<StoredDocument> {
    return this.gate.inForeground(async () => (await this.slots.get(id)).db.data)
  }

  /**
   * Resolves once no document has been loaded or changed for a moment. Background work over the
   * whole library (the claim matcher's build) waits on it between slices, so a change (and the
   * page showing it saved) costs the same in a library of a thousand documents as in one of ten,
   * and the work goes on while the user reads.
   */
  whenIdle(): Promise<void> {
    return this.gate.whenIdle()
  }

  /**
   * Changes one document: `change` gets the current document and returns the next one (the same
   * object for no change). It runs after every earlier change to this document and before any
   * later one; if it throws, nothing is written. Resolves once the document and its index entry
   * are on disk.
   */
  changeDocument(
    id: string,
    change: (document: StoredDocument) => StoredDocument,
    options: ChangeOptions = {}
  ): Promise<DocumentSaved> {
    return this.gate.inForeground(() => this.applyDocumentChange(id, change, options))
  }

  private async applyDocumentChange(
    id: string,
    change: (document: StoredDocument) => StoredDocument,
    options: ChangeOptions
  ): Promise<DocumentSaved> {
    const slot = await this.slots.get(id)
    const before = slot.db.data
    const after = change(before)
    if (after === before) return { document: before, entry: this.indexWriter.entryOf(id) ?? entryFor(before) }
    if (after.id !== id) throw new Error(`A change to ${id} must not change its id.`)
    slot.db.data = after
    const entry = entryFor(after, this.now().toISOString())
    if (options.indexInBackground) {
      const written = await this.slots.save(slot, id)
      const listed = written.document === after ? entry : entryFor(written.document, entry.updatedAt)
      this.indexWriter.listInBackground(id, listed, written.document.trashedAt, written.stamp)
      this.tell(id, slot.db.data)
      return { document: after, entry }
    }
    return { document: after, entry: await this.commit(slot, id, entry, after.trashedAt) }
  }

  /** Stores a new document and lists it; resolves once both are on disk. */
  async createDocument(document: StoredDocument): Promise<LibraryEntry> {
    if (this.slots.loaded(document.id) || this.indexWriter.entryOf(document.id)) {
      throw new Error(`A document with id ${document.id} already exists.`)
    }
    const slot = this.slots.adopt(document.id, document, 'new')
    return this.commit(slot, document.id, entryFor(document), document.trashedAt)
  }

  /** Deletes documents for good: index first, so a crash leaves unlisted files, never ghosts. */
  async deleteDocuments(ids: readonly string[]): Promise<void> {
    await this.updateIndex((index) => {
      for (const id of ids) removeEntry(index, id)
    })
    for (const id of ids) {
      this.slots.forget(id)
      await rm(documentPath(this.dataDir, id), { force: true })
      await removeArticles(this.dataDir, id)
      await this.backups.removeAll(documentBackups(id))
      this.tell(id, null)
    }
  }

  /** Earlier versions of a document, newest first. */
  async listVersions(id: string): Promise<KeptVersion[]> {
    return this.backups.list(documentBackups(id))
  }

  /** One earlier version, read and checked like the document itself. */
  readVersion(id: string, versionId: string): Promise<StoredDocument> {
    return readKeptVersion(this.dataDir, this.backups, id, versionId)
  }

  /**
   * Writes the library index now if it waits in the background (see ChangeOptions); resolves once
   * it is on disk. For a clean exit, and for tests before they look at or remove the folder.
   */
  flush(): Promise<void> {
    return this.indexWriter.flush()
  }

  private async commit(
    slot: DocumentSlot,
    id: string,
    entry: LibraryEntry,
    trashedAt: string | undefined
  ): Promise<LibraryEntry> {
    const saving = slot.db.data
    const written = await this.slots.save(slot, id)
    // Later changes may have shared the write: the index lists what the file holds.
    const listed = written.document === saving ? entry : entryFor(written.document, entry.updatedAt)
    await this.updateIndex((index) => {
      placeEntry(index, listed, written.document === saving ? trashedAt : written.document.trashedAt)
      index.stamps[id] = written.stamp
    })
    this.tell(id, slot.db.data)
    return entry
  }

  private tell(id: string, document: StoredDocument | null): void {
    for (const listener of this.listeners) listener(id, document)
  }

  private notify(level: Notice['level'], message: string): void {
    this.pendingNotices.push({ level, message })
  }
}

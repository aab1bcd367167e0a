/**
 * The store: a library index (`library.json`) and one file per document (`documents/<id>.json`),
 * each a lowdb database over a durable adapter.
 *
 * One document, one owner: a document is loaded once (concurrent first calls share the load) and
 * every change to it is applied in memory in call order, then group-committed with its index
 * entry. A change that throws writes nothing. At start the folder is checked: temp files removed,
 * damaged files kept aside, and the index reconciled with the documents.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { Low } from 'lowdb'
import { documentMigrations, libraryMigrations } from '../../shared/data-migrations'
import { DocumentId } from '../../shared/ids'
import { entryFor, placeEntry, removeEntry } from '../../shared/library/entry'
import {
  LibraryIndex,
  StoredDocument,
  emptyLibrary,
  type FileStamp,
  type LibraryEntry,
  type Notice
} from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import { Backups, type KeptVersion } from './backups'
import { DurableJsonFile, NewerDataError, UnreadableFileError, readJsonFile } from './durable-json-file'
import { damagedNotice, moveAside, removeTempFiles, type DamagedFile } from './folder-check'

export { entryFor } from '../../shared/library/entry'

/** How long after the last load or change background work waits before it goes on. */
const QUIET_MS = 250
const LIBRARY_FILE = 'library.json'
const DOCUMENTS_FOLDER = 'documents'
const BACKUPS_FOLDER = 'backups'
const LIBRARY_BACKUPS = 'library'
const documentBackups = (id: string): string => join(DOCUMENTS_FOLDER, id)

interface DocumentSlot {
  db: Low<StoredDocument>
  file: DurableJsonFile<StoredDocument>
}

export interface DocumentSaved {
  document: StoredDocument
  entry: LibraryEntry
}

/** Every index write still on its way in the background, in any store, with how to start it at once. */
const backgroundWrites = new Map<Promise<void>, () => void>()

/** Starts every index write waiting in the background and resolves once all have settled (tests). */
export async function backgroundWritesSettled(): Promise<void> {
  for (const startNow of backgroundWrites.values()) startNow()
  await Promise.all([...backgroundWrites.keys()])
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

/** A document file (or a kept version of one), brought up to date as it is read. */
const readDocumentFile = (path: string): Promise<StoredDocument | null> =>
  readJsonFile(path, StoredDocument, documentMigrations)

const sameStamp = (a: FileStamp | undefined, b: FileStamp): boolean =>
  a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs

/** A disk failure told as the user can act on it; the change was not saved. */
function storageFailure(error: unknown): ApiFailure {
  const reason = error instanceof Error ? error.message : String(error)
  return new ApiFailure(
    'storage',
    `Claimcheck could not save to its data folder (${reason}). The change was not saved; check the disk and try again.`
  )
}

export class LibraryStore {
  private readonly slots = new Map<string, Promise<DocumentSlot>>()
  private pendingNotices: Notice[] = []
  private indexWrite: Promise<void> = Promise.resolve()
  /** The index write waiting for the store to be quiet, if any: later changes join it. */
  private waitingIndexWrite: { startNow: () => void } | null = null
  private readonly backups: Backups
  private readonly listeners = new Set<DocumentListener>()
  /** Loads and changes under way: what a user is waiting for. */
  private underWay = 0
  private lastUnderWayAt = -Infinity
  private idleWaiters: (() => void)[] = []

  private constructor(
    readonly dataDir: string,
    private readonly library: Low<LibraryIndex>,
    private readonly now: () => Date
  ) {
    this.backups = new Backups(join(dataDir, BACKUPS_FOLDER), () => now().getTime())
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<LibraryStore> {
    const now = options.now ?? (() => new Date())
    const documentsDir = join(dataDir, DOCUMENTS_FOLDER)
    await mkdir(documentsDir, { recursive: true })
    await removeTempFiles([dataDir, documentsDir])
    const backups = new Backups(join(dataDir, BACKUPS_FOLDER), () => now().getTime())
    const adapter = new DurableJsonFile(join(dataDir, LIBRARY_FILE), LibraryIndex, {
      beforeReplace: (path) => backups.keep(LIBRARY_BACKUPS, path),
      migrations: libraryMigrations
    })
    const library = new Low<LibraryIndex>(adapter, emptyLibrary())
    const store = new LibraryStore(dataDir, library, now)
    const damaged: DamagedFile[] = []
    let stored: LibraryIndex | null
    try {
      stored = await adapter.read()
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error
      damaged.push(await moveAside(dataDir, error.filePath, error.reason, now()))
      stored = await store.recoverIndex()
    }
    const before = JSON.stringify(stored)
    library.data = stored ?? emptyLibrary()
    await store.reconcile(damaged)
    if (damaged.length) store.notify('warning', damagedNotice(dataDir, damaged))
    if (JSON.stringify(library.data) !== before) await library.write()
    return store
  }

  get index(): Readonly<LibraryIndex> {
    return this.library.data
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
  async updateIndex(update: (index: LibraryIndex) => void): Promise<void> {
    const next = structuredClone(this.library.data)
    update(next)
    this.library.data = next
    try {
      await this.library.write()
    } catch (error) {
      throw storageFailure(error)
    }
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
  async peekDocument(id: string, options: { inBackground?: boolean } = {}): Promise<StoredDocument | null> {
    const slot = this.slots.get(id)
    if (slot) return (await slot).db.data
    if (!DocumentId.safeParse(id).success || !this.entryOf(id)) return null
    try {
      // In the background, the parse (tens of ms for a large document) waits for loads and changes.
      const beforeParse = options.inBackground ? () => this.whenIdle() : undefined
      return await readJsonFile(this.documentPath(id), StoredDocument, documentMigrations, beforeParse)
    } catch (error) {
      if (error instanceof UnreadableFileError || error instanceof NewerDataError) return null
      throw error
    }
  }

  /** A document on the shelf or in the trash; concurrent first calls share one load. */
  async openDocument(id: string): Promise<StoredDocument> {
    return this.inForeground(async () => (await this.slot(id)).db.data)
  }

  /**
   * Resolves once no document has been loaded or changed for a moment (QUIET_MS). Background work
   * over the whole library (the claim matcher's build) waits on it between slices, so a change
   * (and the page showing it saved) costs the same in a library of a thousand documents as in one
   * of ten, and the work goes on while the user reads.
   */
  async whenIdle(): Promise<void> {
    for (;;) {
      if (this.underWay > 0) {
        await new Promise<void>((resolve) => this.idleWaiters.push(resolve))
        continue
      }
      const quietFor = performance.now() - this.lastUnderWayAt
      if (quietFor >= QUIET_MS) return
      await sleep(QUIET_MS - quietFor)
    }
  }

  private async inForeground<T>(work: () => Promise<T>): Promise<T> {
    this.underWay++
    try {
      return await work()
    } finally {
      this.lastUnderWayAt = performance.now()
      if (--this.underWay === 0) for (const resolve of this.idleWaiters.splice(0)) resolve()
    }
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
    return this.inForeground(() => this.applyDocumentChange(id, change, options))
  }

  private async applyDocumentChange(
    id: string,
    change: (document: StoredDocument) => StoredDocument,
    options: ChangeOptions
  ): Promise<DocumentSaved> {
    const slot = await this.slot(id)
    const before = slot.db.data
    const after = change(before)
    if (after === before) return { document: before, entry: this.entryOf(id) ?? entryFor(before) }
    if (after.id !== id) throw new Error(`A change to ${id} must not change its id.`)
    slot.db.data = after
    const entry = entryFor(after, this.now().toISOString())
    if (options.indexInBackground) {
      const written = await this.saveDocument(slot, id)
      const listed = written.document === after ? entry : entryFor(written.document, entry.updatedAt)
      this.listInBackground(id, listed, written.document.trashedAt, written.stamp)
      this.tell(id, slot.db.data)
      return { document: after, entry }
    }
    return { document: after, entry: await this.commit(slot, id, entry, after.trashedAt) }
  }

  /** Stores a new document and lists it; resolves once both are on disk. */
  async createDocument(document: StoredDocument): Promise<LibraryEntry> {
    if (this.slots.has(document.id) || this.entryOf(document.id)) {
      throw new Error(`A document with id ${document.id} already exists.`)
    }
    const slot = this.newSlot(document.id, document)
    this.slots.set(document.id, Promise.resolve(slot))
    return this.commit(slot, document.id, entryFor(document), document.trashedAt)
  }

  /** Deletes documents for good: index first, so a crash leaves unlisted files, never ghosts. */
  async deleteDocuments(ids: readonly string[]): Promise<void> {
    await this.updateIndex((index) => {
      for (const id of ids) removeEntry(index, id)
    })
    for (const id of ids) {
      this.slots.delete(id)
      await rm(this.documentPath(id), { force: true })
      await this.backups.removeAll(documentBackups(id))
      this.tell(id, null)
    }
  }

  /** Earlier versions of a document, newest first. */
  async listVersions(id: string): Promise<KeptVersion[]> {
    return this.backups.list(documentBackups(id))
  }

  /** One earlier version, read and checked like the document itself. */
  async readVersion(id: string, versionId: string): Promise<StoredDocument> {
    const path = await this.backups.find(documentBackups(id), versionId)
    if (!path) throw new ApiFailure('not-found', 'That earlier version is no longer kept.')
    try {
      const document = await readDocumentFile(path)
      if (!document || document.id !== id) throw new UnreadableFileError(path, 'it is another document')
      return document
    } catch (error) {
      if (error instanceof UnreadableFileError || error instanceof NewerDataError) {
        throw new ApiFailure('bad-file', `That earlier version cannot be restored: ${error.message}.`)
      }
      throw error
    }
  }

  private entryOf(id: string): LibraryEntry | undefined {
    const { documents, trash } = this.library.data
    return documents.find((entry) => entry.id === id) ?? trash.find((entry) => entry.id === id)
  }

  private async commit(
    slot: DocumentSlot,
    id: string,
    entry: LibraryEntry,
    trashedAt: string | undefined
  ): Promise<LibraryEntry> {
    const saving = slot.db.data
    const written = await this.saveDocument(slot, id)
    // Later changes may have shared the write: the index lists what the file holds.
    const listed = written.document === saving ? entry : entryFor(written.document, entry.updatedAt)
    await this.updateIndex((index) => {
      placeEntry(index, listed, written.document === saving ? trashedAt : written.document.trashedAt)
      index.stamps[id] = written.stamp
    })
    this.tell(id, slot.db.data)
    return entry
  }

  /** Saves the document; answers what the file now holds (maybe a later change that shared the write) and its stamp. */
  private async saveDocument(
    slot: DocumentSlot,
    id: string
  ): Promise<{ document: StoredDocument; stamp: FileStamp }> {
    try {
      const stamp = await slot.file.save(slot.db.data)
      const written = slot.file.lastWritten
      return written?.stamp === stamp ? { document: written.data, stamp } : { document: slot.db.data, stamp }
    } catch (error) {
      // What is in memory may now differ from the disk: load again on next use.
      this.slots.delete(id)
      throw storageFailure(error)
    }
  }

  /**
   * Lists a document already saved without waiting for the index to reach the disk. The document
   * file is the truth for its entry: at start, a document whose file is not as the index last saw
   * it is read again, so an index written late (or lost in a crash) loses nothing. The index is
   * updated by copying its lists, not deep-cloning them, and written once the store is quiet: a
   * burst of changes shares one write, and that write (400 kB for 1,000 documents) does not
   * compete with the changes' own.
   */
  private listInBackground(id: string, entry: LibraryEntry, trashedAt: string | undefined, stamp: FileStamp) {
    const index = this.library.data
    const next: LibraryIndex = {
      ...index,
      documents: [...index.documents],
      trash: [...index.trash],
      stamps: { ...index.stamps, [id]: stamp }
    }
    placeEntry(next, entry, trashedAt)
    this.library.data = next
    this.writeIndexWhenQuiet()
  }

  private writeIndexWhenQuiet(): void {
    if (this.waitingIndexWrite) return
    let startNow = () => {}
    const asked = new Promise<void>((resolve) => (startNow = resolve))
    const write = Promise.race([this.whenIdle(), asked])
      .then(() => {
        // From here on, a change needs a write of its own: this one may have read the index already.
        this.waitingIndexWrite = null
        return this.library.write()
      })
      .catch((error: unknown) => {
        console.warn(
          'The library index could not be saved; it is rebuilt from the documents at the next start:',
          error
        )
      })
    this.waitingIndexWrite = { startNow }
    this.indexWrite = write
    backgroundWrites.set(write, startNow)
    void write.finally(() => backgroundWrites.delete(write))
  }

  /** Writes the library index now if it waits in the background; resolves once it is on disk (for a clean exit). */
  async whenIndexWritten(): Promise<void> {
    this.waitingIndexWrite?.startNow()
    await this.indexWrite
  }

  private tell(id: string, document: StoredDocument | null): void {
    for (const listener of this.listeners) listener(id, document)
  }

  private slot(id: string): Promise<DocumentSlot> {
    let slot = this.slots.get(id)
    if (!slot) {
      slot = this.load(id)
      this.slots.set(id, slot)
      // A failed load is not remembered: the next call tries again (or sees the file gone).
      slot.catch(() => this.slots.delete(id))
    }
    return slot
  }

  private async load(id: string): Promise<DocumentSlot> {
    if (!DocumentId.safeParse(id).success || !this.entryOf(id)) {
      throw new ApiFailure('not-found', 'That document is no longer in the library.')
    }
    const path = this.documentPath(id)
    let document: StoredDocument | null
    try {
      document = await readDocumentFile(path)
    } catch (error) {
      if (error instanceof NewerDataError) throw new ApiFailure('bad-file', error.message)
      if (!(error instanceof UnreadableFileError)) throw error
      // Damaged since start (start-up checks every file): keep it aside and drop it from the list.
      const damaged = await moveAside(this.dataDir, path, error.reason, this.now())
      await this.updateIndex((index) => removeEntry(index, id))
      throw new ApiFailure('bad-file', damagedNotice(this.dataDir, [damaged]))
    }
    if (!document) throw new ApiFailure('not-found', 'That document is no longer in the library.')
    return this.newSlot(id, document)
  }

  private newSlot(id: string, document: StoredDocument): DocumentSlot {
    const file = new DurableJsonFile(this.documentPath(id), StoredDocument, {
      beforeReplace: (path) => this.backups.keep(documentBackups(id), path),
      migrations: documentMigrations
    })
    return { db: new Low(file, document), file }
  }

  private documentPath(id: string): string {
    return join(this.dataDir, DOCUMENTS_FOLDER, `${id}.json`)
  }

  private notify(level: Notice['level'], message: string): void {
    this.pendingNotices.push({ level, message })
  }

  /**
   * After `library.json` was found damaged: the newest earlier version that reads gives back what
   * only the index knew (reading places, the last document); the documents give the rest.
   */
  private async recoverIndex(): Promise<LibraryIndex> {
    for (const version of await this.backups.list(LIBRARY_BACKUPS)) {
      try {
        const earlier = await readJsonFile(version.path, LibraryIndex, libraryMigrations)
        if (earlier) return { ...earlier, stamps: {} }
      } catch {
        // Try the next older one.
      }
    }
    return { ...emptyLibrary(), sampleImported: true }
  }

  /**
   * Makes the index describe the documents on disk. A document whose file is as the index last
   * saw it (same size and time) is trusted; any other is read, and kept aside if it cannot be.
   */
  private async reconcile(damaged: DamagedFile[]): Promise<void> {
    const index = this.library.data
    const folder = join(this.dataDir, DOCUMENTS_FOLDER)
    const names = (await readdir(folder)).filter((name) => name.endsWith('.json'))
    const onDisk = new Set<string>()
    const legacyTrash = new Map(index.trash.map((entry) => [entry.id, entry.trashedAt]))
    for (const name of names) {
      const id = name.slice(0, -'.json'.length)
      const path = join(folder, name)
      const fileStat = await stat(path)
      if (!DocumentId.safeParse(id).success || !fileStat.isFile()) continue
      onDisk.add(id)
      const stamp = { size: fileStat.size, mtimeMs: fileStat.mtimeMs }
      if (
        sameStamp(Object.hasOwn(index.stamps, id) ? index.stamps[id] : undefined, stamp) &&
        this.entryOf(id)
      ) {
        continue
      }
      let document: StoredDocument | null
      try {
        document = await readDocumentFile(path)
        if (document && document.id !== id) throw new UnreadableFileError(path, 'it names another document')
      } catch (error) {
        onDisk.delete(id)
        if (error instanceof NewerDataError) this.notify('error', error.message)
        else if (error instanceof UnreadableFileError) {
          damaged.push(await moveAside(this.dataDir, path, error.reason, this.now()))
        } else throw error
        continue
      }
      if (!document) continue
      // Trash kept only in an index written before documents carried it: move it into the file.
      const trashedAt = document.trashedAt ?? legacyTrash.get(id)
      const previous = this.entryOf(id)
      const entry = entryFor(document, previous?.updatedAt ?? new Date(stamp.mtimeMs).toISOString())
      if (trashedAt !== document.trashedAt) {
        const slot = this.newSlot(id, { ...document, trashedAt })
        this.slots.set(id, Promise.resolve(slot))
        index.stamps[id] = await slot.file.save(slot.db.data)
      } else {
        index.stamps[id] = stamp
      }
      placeEntry(index, entry, trashedAt)
    }
    for (const entry of [...index.documents, ...index.trash]) {
      if (!onDisk.has(entry.id)) removeEntry(index, entry.id)
    }
    for (const id of Object.keys(index.places)) if (!onDisk.has(id)) delete index.places[id]
    for (const id of Object.keys(index.stamps)) if (!onDisk.has(id)) delete index.stamps[id]
    if (index.lastDocumentId && !index.documents.some((entry) => entry.id === index.lastDocumentId)) {
      index.lastDocumentId = null
    }
  }
}

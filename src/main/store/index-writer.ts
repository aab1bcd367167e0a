/**
 * The writer of the library index (`library.json`): changes written at once (`update`), and
 * entries of documents already saved listed in memory and written once the store is quiet
 * (`listInBackground`), so a burst of changes shares one write. `flush()` writes what waits now.
 */
import type { Low } from 'lowdb'
import { placeEntry } from '../../shared/library/entry'
import type { FileStamp, LibraryEntry, LibraryIndex } from '../../shared/model'
import type { ActivityGate } from './activity-gate'
import { storageFailure } from './store-layout'

export class IndexWriter {
  private lastWrite: Promise<void> = Promise.resolve()
  /** The index write waiting for the store to be quiet, if any: later changes join it. */
  private waitingWrite: { startNow: () => void } | null = null
  /** The entries by id of one version of the index (see entryOf). */
  private entries: { of: LibraryIndex; byId: Map<string, LibraryEntry> } | null = null

  constructor(
    private readonly library: Low<LibraryIndex>,
    private readonly gate: ActivityGate
  ) {}

  /** The index as it is in memory (ahead of the disk while a background write waits). */
  get data(): LibraryIndex {
    return this.library.data
  }

  /**
   * The entry of a document on the shelf or in the trash. Looked up by id in a map made once per
   * version of the index: the claim matcher's build asks for every document of the library.
   */
  entryOf(id: string): LibraryEntry | undefined {
    const data = this.library.data
    if (this.entries?.of !== data) {
      const byId = new Map<string, LibraryEntry>()
      for (const entry of data.trash) byId.set(entry.id, entry)
      for (const entry of data.documents) byId.set(entry.id, entry)
      this.entries = { of: data, byId }
    }
    return this.entries.byId.get(id)
  }

  /**
   * Notes the document last open in memory, written once the store is quiet as `listInBackground`
   * does: it changes with every document opened, and the index of a library of 10,000 documents is
   * some 4 MB to write. A crash loses at most which document was open, never a review.
   */
  noteLastDocument(id: string): void {
    this.library.data = { ...this.library.data, lastDocumentId: id }
    this.writeWhenQuiet()
  }

  /** Changes the index as one step: `change` works on a copy, so a throw changes nothing. */
  async update(change: (index: LibraryIndex) => void): Promise<void> {
    const next = structuredClone(this.library.data)
    change(next)
    this.library.data = next
    try {
      await this.library.write()
    } catch (error) {
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
  listInBackground(id: string, entry: LibraryEntry, trashedAt: string | undefined, stamp: FileStamp): void {
    const index = this.library.data
    const next: LibraryIndex = {
      ...index,
      documents: [...index.documents],
      trash: [...index.trash],
      stamps: { ...index.stamps, [id]: stamp }
    }
    placeEntry(next, entry, trashedAt)
    this.library.data = next
    this.writeWhenQuiet()
  }

  /** Writes the index now if a write waits in the background; resolves once it is on disk. */
  async flush(): Promise<void> {
    this.waitingWrite?.startNow()
    await this.lastWrite
  }

  private writeWhenQuiet(): void {
    if (this.waitingWrite) return
    let startNow = () => {}
    const asked = new Promise<void>((resolve) => (startNow = resolve))
    this.waitingWrite = { startNow }
    this.lastWrite = Promise.race([this.gate.whenIdle(), asked])
      .then(() => {
        // From here on, a change needs a write of its own: this one may have read the index already.
        this.waitingWrite = null
        return this.library.write()
      })
      .catch((error: unknown) => {
        console.warn(
          'The library index could not be saved; it is rebuilt from the documents at the next start:',
          error
        )
      })
  }
}

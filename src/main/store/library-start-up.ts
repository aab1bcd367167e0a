/**
 * The store's start-up: the folder checked (temp files of interrupted writes removed), the library
 * index read — or, when it is damaged, recovered from its newest readable kept version — and then
 * reconciled with the documents on disk, any damaged file kept aside and named in a notice.
 */
import type { Stats } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { libraryMigrations } from '../../shared/data-migrations'
import { DocumentId } from '../../shared/ids'
import { entryFor, placeEntry, removeEntry } from '../../shared/library/entry'
import {
  LibraryIndex,
  SCHEMA_VERSION,
  emptyLibrary,
  type FileStamp,
  type LibraryEntry,
  type Notice,
  type StoredDocument
} from '../../shared/model'
import type { Backups } from './backups'
import { moveDocumentAside, readDocumentFiles, type ArticleOnDisk } from './document-files'
import {
  DurableJsonFile,
  NewerDataError,
  UnreadableFileError,
  checkData,
  parseJson,
  readJsonFile,
  readTextFile
} from './durable-json-file'
import { moveAside, removeTempFiles, type DamagedFile } from './folder-check'
import {
  ARTICLES_FOLDER,
  DOCUMENTS_FOLDER,
  LIBRARY_BACKUPS,
  LIBRARY_FILE,
  articleFileName
} from './store-layout'

export interface IndexAsRead {
  library: Low<LibraryIndex>
  /** Files kept aside so far (the index itself, when it could not be read). */
  damaged: DamagedFile[]
  /** The index as read, to tell whether start-up changed it. */
  asRead: string
}

/** Checks the folder and reads the library index, recovering it when it is damaged. */
export async function readLibraryIndex(
  dataDir: string,
  backups: Backups,
  now: () => Date
): Promise<IndexAsRead> {
  const documentsDir = join(dataDir, DOCUMENTS_FOLDER)
  const articlesDir = join(dataDir, ARTICLES_FOLDER)
  await mkdir(documentsDir, { recursive: true })
  await mkdir(articlesDir, { recursive: true })
  await removeTempFiles([dataDir, documentsDir, articlesDir])
  const path = join(dataDir, LIBRARY_FILE)
  const adapter = new DurableJsonFile(path, LibraryIndex, {
    beforeReplace: (path) => backups.keep(LIBRARY_BACKUPS, path),
    migrations: libraryMigrations
  })
  const library = new Low<LibraryIndex>(adapter, emptyLibrary())
  const damaged: DamagedFile[] = []
  let stored: LibraryIndex | null = null
  let older = false
  try {
    const raw = await readTextFile(path)
    if (raw !== null) {
      const json = parseJson(path, raw)
      // An index from before version 3 is written again at once: an older Claimcheck must then
      // refuse the folder, whose documents it can no longer read once one is split.
      older = (json as { schemaVersion?: unknown } | null)?.schemaVersion !== SCHEMA_VERSION
      stored = checkData(path, json, LibraryIndex, libraryMigrations)
    }
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error
    damaged.push(await moveAside(dataDir, error.filePath, error.reason, now()))
    stored = await recoverIndex(backups)
  }
  const asRead = older ? '' : JSON.stringify(stored)
  library.data = stored ?? emptyLibrary()
  return { library, damaged, asRead }
}

/**
 * After `library.json` was found damaged: the newest earlier version that reads gives back what
 * only the index knew (reading places, the last document); the documents give the rest.
 */
async function recoverIndex(backups: Backups): Promise<LibraryIndex> {
  for (const version of await backups.list(LIBRARY_BACKUPS)) {
    try {
      const earlier = await readJsonFile(version.path, LibraryIndex, libraryMigrations)
      if (earlier) return { ...earlier, stamps: {} }
    } catch {
      // Try the next older one.
    }
  }
  return { ...emptyLibrary(), sampleImported: true }
}

export interface Reconciling {
  dataDir: string
  /** Changed in place to describe the documents on disk. */
  index: LibraryIndex
  /** Files kept aside: documents that cannot be read are added. */
  damaged: DamagedFile[]
  now: () => Date
  notify: (level: Notice['level'], message: string) => void
  /** Saves a document whose file must change (trash moved into it); answers the review's new stamp. */
  rewrite: (id: string, document: StoredDocument, article: ArticleOnDisk | null) => Promise<FileStamp>
}

const sameStamp = (a: FileStamp | undefined, b: FileStamp): boolean =>
  a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs

const entryIn = (index: LibraryIndex, id: string): LibraryEntry | undefined =>
  index.documents.find((entry) => entry.id === id) ?? index.trash.find((entry) => entry.id === id)

/**
 * Makes the index describe the documents on disk. A document whose file is as the index last
 * saw it (same size and time) is trusted; any other is read, and kept aside if it cannot be.
 */
export async function reconcileIndex({
  dataDir,
  index,
  damaged,
  now,
  notify,
  rewrite
}: Reconciling): Promise<void> {
  const folder = join(dataDir, DOCUMENTS_FOLDER)
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'))
  const onDisk = new Set<string>()
  const legacyTrash = new Map(index.trash.map((entry) => [entry.id, entry.trashedAt]))
  // Looked up by id, not searched for: a library of 10,000 documents is checked at every start.
  const listed = new Set([...index.documents, ...index.trash].map((entry) => entry.id))
  const stats = await statAll(names.map((name) => join(folder, name)))
  for (const [at, name] of names.entries()) {
    const id = name.slice(0, -'.json'.length)
    const path = join(folder, name)
    const fileStat = stats[at]
    if (!fileStat || !DocumentId.safeParse(id).success || !fileStat.isFile()) continue
    onDisk.add(id)
    const stamp = { size: fileStat.size, mtimeMs: fileStat.mtimeMs }
    if (sameStamp(Object.hasOwn(index.stamps, id) ? index.stamps[id] : undefined, stamp) && listed.has(id)) {
      continue
    }
    let read
    try {
      read = await readDocumentFiles(dataDir, id)
      if (read && read.document.id !== id) throw new UnreadableFileError(path, 'it names another document')
    } catch (error) {
      onDisk.delete(id)
      if (error instanceof NewerDataError) notify('error', error.message)
      else if (error instanceof UnreadableFileError) {
        damaged.push(...(await moveDocumentAside(dataDir, id, error.reason, now())))
      } else throw error
      continue
    }
    if (!read) continue
    const { document } = read
    // Trash kept only in an index written before documents carried it: move it into the file.
    const trashedAt = document.trashedAt ?? legacyTrash.get(id)
    const previous = entryIn(index, id)
    const entry = entryFor(document, previous?.updatedAt ?? new Date(stamp.mtimeMs).toISOString())
    index.stamps[id] =
      trashedAt !== document.trashedAt ? await rewrite(id, { ...document, trashedAt }, read.article) : stamp
    placeEntry(index, entry, trashedAt)
  }
  await removeUnnamedArticles(dataDir, new Set(names.map((name) => name.slice(0, -'.json'.length))))
  for (const entry of [...index.documents, ...index.trash]) {
    if (!onDisk.has(entry.id)) removeEntry(index, entry.id)
  }
  for (const id of Object.keys(index.places)) if (!onDisk.has(id)) delete index.places[id]
  for (const id of Object.keys(index.stamps)) if (!onDisk.has(id)) delete index.stamps[id]
  if (index.lastDocumentId && !index.documents.some((entry) => entry.id === index.lastDocumentId)) {
    index.lastDocumentId = null
  }
}

/** How many files are asked about at once at start: the disk answers them together. */
const STATS_AT_ONCE = 32

/** Each file's stat, in order; null for a file gone meanwhile. */
async function statAll(paths: readonly string[]): Promise<(Stats | null)[]> {
  const stats: (Stats | null)[] = []
  for (let from = 0; from < paths.length; from += STATS_AT_ONCE) {
    const batch = paths.slice(from, from + STATS_AT_ONCE)
    stats.push(...(await Promise.all(batch.map((path) => stat(path).catch(() => null)))))
  }
  return stats
}

/**
 * Removes article files of documents that have no review: left by an import or a deletion a crash
 * interrupted (an import is acknowledged only once its review is down, so nothing acknowledged).
 */
async function removeUnnamedArticles(dataDir: string, reviews: ReadonlySet<string>): Promise<void> {
  const folder = join(dataDir, ARTICLES_FOLDER)
  for (const name of await readdir(folder)) {
    const parsed = articleFileName(name)
    if (parsed && !reviews.has(parsed.id)) await rm(join(folder, name), { force: true })
  }
}

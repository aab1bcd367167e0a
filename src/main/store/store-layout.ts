/**
 * Where the store keeps what, and how a document file is opened: the library index
 * (`library.json`), one file per document (`documents/<id>.json`) and their kept versions
 * (`backups/`). Every part of the store names its files through here.
 */
import { join } from 'node:path'
import { Low } from 'lowdb'
import { documentMigrations } from '../../shared/data-migrations'
import { StoredDocument } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import type { Backups } from './backups'
import { DurableJsonFile, readJsonFile } from './durable-json-file'

export const LIBRARY_FILE = 'library.json'
export const DOCUMENTS_FOLDER = 'documents'
export const BACKUPS_FOLDER = 'backups'
/** The kept versions of `library.json`, inside the backups folder. */
export const LIBRARY_BACKUPS = 'library'

/** The kept versions of one document, inside the backups folder. */
export const documentBackups = (id: string): string => join(DOCUMENTS_FOLDER, id)

export const documentPath = (dataDir: string, id: string): string =>
  join(dataDir, DOCUMENTS_FOLDER, `${id}.json`)

/** A document file (or a kept version of one), brought up to date as it is read. */
export const readDocumentFile = (path: string): Promise<StoredDocument | null> =>
  readJsonFile(path, StoredDocument, documentMigrations)

/** One document in memory, over its durable file. */
export interface DocumentSlot {
  db: Low<StoredDocument>
  file: DurableJsonFile<StoredDocument>
}

/** A slot for `document`, whose file keeps the version it replaces among the backups. */
export function documentSlot(
  dataDir: string,
  backups: Backups,
  id: string,
  document: StoredDocument
): DocumentSlot {
  const file = new DurableJsonFile(documentPath(dataDir, id), StoredDocument, {
    beforeReplace: (path) => backups.keep(documentBackups(id), path),
    migrations: documentMigrations
  })
  return { db: new Low(file, document), file }
}

/** A disk failure told as the user can act on it; the change was not saved. */
export function storageFailure(error: unknown): ApiFailure {
  const reason = error instanceof Error ? error.message : String(error)
  return new ApiFailure(
    'storage',
    `Claimcheck could not save to its data folder (${reason}). The change was not saved; check the disk and try again.`
  )
}

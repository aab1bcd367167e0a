/**
 * Where the store keeps what: the library index (`library.json`), each document's review
 * (`documents/<id>.json`) and the article it names (`articles/<id>.<key>.article`, see
 * document-files.ts), and the kept versions (`backups/`). Every part of the store names its files
 * through here.
 */
import { join } from 'node:path'
import { ApiFailure } from '../../shared/result'

export const LIBRARY_FILE = 'library.json'
export const DOCUMENTS_FOLDER = 'documents'
export const ARTICLES_FOLDER = 'articles'
export const BACKUPS_FOLDER = 'backups'
/** The kept versions of `library.json`, inside the backups folder. */
export const LIBRARY_BACKUPS = 'library'

/** The kept versions of one document's review, inside the backups folder. */
export const documentBackups = (id: string): string => join(DOCUMENTS_FOLDER, id)

export const documentPath = (dataDir: string, id: string): string =>
  join(dataDir, DOCUMENTS_FOLDER, `${id}.json`)

export const articlePath = (dataDir: string, id: string, key: string): string =>
  join(dataDir, ARTICLES_FOLDER, `${id}.${key}.article`)

/** `<id>.<key>.article` → its document id and key; null for any other name. */
export function articleFileName(name: string): { id: string; key: string } | null {
  const match = /^([a-z0-9][a-z0-9-]{0,63})\.([0-9a-z]{6,32})\.article$/.exec(name)
  return match?.[1] && match[2] ? { id: match[1], key: match[2] } : null
}

/** A disk failure told as the user can act on it; the change was not saved. */
export function storageFailure(error: unknown): ApiFailure {
  const reason = error instanceof Error ? error.message : String(error)
  return new ApiFailure(
    'storage',
    `Claimcheck could not save to its data folder (${reason}). The change was not saved; check the disk and try again.`
  )
}

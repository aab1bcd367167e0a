/**
 * The command line's read-only view of a data folder: the index and one document at a time, read
 * and checked (and migrated in memory) exactly as the app reads them, but never written. The app
 * replaces files by atomic rename, so reading while it runs sees each file whole, old or new.
 */
import { homedir } from 'node:os'
import { join } from 'node:path'
import { libraryMigrations } from '../shared/data-migrations'
import { LibraryIndex, type LibraryEntry, type StoredDocument } from '../shared/model'
import { readDocumentFiles, readJsonFile } from '../main/core'

/** Electron's user-data folder for an app named claimcheck, or CLAIMCHECK_DATA_DIR. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const override = env['CLAIMCHECK_DATA_DIR']?.trim()
  if (override) return override
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'claimcheck')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'claimcheck')
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'claimcheck')
}

export class LibraryReadError extends Error {}

export interface LibraryReader {
  dataDir: string
  index: LibraryIndex
  readDocument: (id: string) => Promise<StoredDocument>
}

export async function openLibraryReadOnly(dataDir: string): Promise<LibraryReader> {
  const index = await readJsonFile(join(dataDir, 'library.json'), LibraryIndex, libraryMigrations)
  if (!index) throw new LibraryReadError(`${dataDir} holds no Claimcheck library (no library.json).`)
  return {
    dataDir,
    index,
    async readDocument(id) {
      // Its review and the article it names (or a whole file from before the split).
      const read = await readDocumentFiles(dataDir, id)
      if (!read) throw new LibraryReadError(`The file of “${id}” is missing from ${dataDir}.`)
      return read.document
    }
  }
}

/** The document named by `query`: its id, its exact title (any case), or the one title containing it. */
export function findDocument(documents: readonly LibraryEntry[], query: string): LibraryEntry {
  const byId = documents.find((entry) => entry.id === query)
  if (byId) return byId
  const wanted = query.toLocaleLowerCase()
  const exact = documents.filter((entry) => entry.title.toLocaleLowerCase() === wanted)
  const matches =
    exact.length > 0 ? exact : documents.filter((entry) => entry.title.toLocaleLowerCase().includes(wanted))
  if (matches.length === 1 && matches[0]) return matches[0]
  if (matches.length === 0)
    throw new LibraryReadError(`No document has the id or title “${query}”. See \`claimcheck list\`.`)
  const listed = matches.map((entry) => `  ${entry.id}  ${entry.title}`).join('\n')
  throw new LibraryReadError(`“${query}” matches ${matches.length} documents; name one by its id:\n${listed}`)
}

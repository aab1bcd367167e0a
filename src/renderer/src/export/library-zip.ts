/**
 * A library export as one `.zip` (the browser host's download): each document's export under a
 * name no other file in the archive has.
 */
import { strToU8, zipSync, type Zippable } from 'fflate'
import { uniqueFileNames } from '../../../shared/export/file-names'

export interface ZipEntry {
  fileName: string
  content: string
}

/** The zip's bytes: files in the given order, UTF-8, names made unique (`a.md`, `a-2.md`). */
export function zipExports(files: readonly ZipEntry[]): Uint8Array {
  const names = uniqueFileNames(files.map((file) => file.fileName))
  const entries: Zippable = {}
  files.forEach((file, index) => {
    entries[names[index] ?? file.fileName] = strToU8(file.content)
  })
  return zipSync(entries)
}

/** The archive's name, e.g. `claimcheck-library-csv.zip`. */
export const libraryZipName = (format: string): string => `claimcheck-library-${format}.zip`

/** "1 document", "3 documents": for the message after a library export. */
export const countDocuments = (count: number): string => (count === 1 ? '1 document' : `${count} documents`)

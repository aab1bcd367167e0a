/**
 * Looking at a data folder from outside the store, the way a user's disk would be inspected after a
 * crash: every file's bytes (hashed, so a folder snapshot is cheap to keep and compare), the JSON
 * files parsed directly, and temp files found by name. Nothing here imports the store.
 */
import { createHash } from 'node:crypto'
import { readFile, readdir, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The app's `resources/` folder (the sample article) for booting in tests. */
export const resourcesDir = fileURLToPath(new URL('../../resources/', import.meta.url))

/** Every file under `folder`, as paths relative to it, sorted. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort()
}

/** Relative path → sha256 of the file's bytes. */
export type FolderSnapshot = Map<string, string>

/** Hashes by file identity (inode, size, times in ns): an unchanged file is not read again. */
const knownHashes = new Map<string, string>()

async function hashFile(path: string): Promise<string> {
  const { ino, size, mtimeNs, ctimeNs } = await stat(path, { bigint: true })
  const identity = `${path}\0${ino}\0${size}\0${mtimeNs}\0${ctimeNs}`
  const known = knownHashes.get(identity)
  if (known) return known
  const hash = createHash('sha256')
    .update(await readFile(path))
    .digest('hex')
  knownHashes.set(identity, hash)
  return hash
}

export async function snapshotFolder(folder: string): Promise<FolderSnapshot> {
  const files = await filesUnder(folder)
  const hashes = await Promise.all(files.map((file) => hashFile(join(folder, file))))
  return new Map(files.map((file, index) => [file, hashes[index] ?? '']))
}

/** What differs between two snapshots, one line per file; empty when the bytes are identical. */
export function folderDifferences(before: FolderSnapshot, after: FolderSnapshot): string[] {
  const differences: string[] = []
  for (const [file, hash] of before) {
    const now = after.get(file)
    if (now === undefined) differences.push(`removed ${file}`)
    else if (now !== hash) differences.push(`changed ${file}`)
  }
  for (const file of after.keys()) if (!before.has(file)) differences.push(`added ${file}`)
  return differences
}

/** Temp files a write can leave behind when the process dies between creating and renaming them. */
export async function tempFilesUnder(folder: string): Promise<string[]> {
  return (await filesUnder(folder)).filter((file) => file.endsWith('.tmp'))
}

/** Parses a JSON file from disk as it is, without the store's schema or migrations. */
export async function readJsonFile(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown
}

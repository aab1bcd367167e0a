/**
 * What start-up does to the data folder before anything is read: temp files of interrupted writes
 * are removed, and a file that cannot be read is moved, byte for byte, into `damaged/`.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { isTempFile } from './durable-json-file'

export const DAMAGED_FOLDER = 'damaged'

/** Removes the temp files left by writes a crash interrupted; answers how many there were. */
export async function removeTempFiles(folders: readonly string[]): Promise<number> {
  let removed = 0
  for (const folder of folders) {
    let names: string[]
    try {
      names = await readdir(folder)
    } catch {
      continue
    }
    for (const name of names.filter(isTempFile)) {
      await rm(join(folder, name), { force: true })
      removed++
    }
  }
  return removed
}

/** A file kept aside: where it was (relative to the data folder), where it went, and why. */
export interface DamagedFile {
  file: string
  movedTo: string
  reason: string
}

/**
 * Moves `filePath` into `<dataDir>/damaged/` as `<name>.<time>`, never overwriting anything
 * there; it is kept, never read again.
 */
export async function moveAside(
  dataDir: string,
  filePath: string,
  reason: string,
  now = new Date()
): Promise<DamagedFile> {
  const folder = join(dataDir, DAMAGED_FOLDER)
  await mkdir(folder, { recursive: true })
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')
  const taken = new Set(await readdir(folder))
  let target = `${basename(filePath)}.${stamp}`
  for (let n = 2; taken.has(target); n++) target = `${basename(filePath)}.${stamp}-${n}`
  await rename(filePath, join(folder, target))
  return { file: relative(dataDir, filePath), movedTo: join(folder, target), reason }
}

/** One notice for every file kept aside at start, naming each and where it went. */
export function damagedNotice(dataDir: string, damaged: readonly DamagedFile[]): string {
  const folder = join(dataDir, DAMAGED_FOLDER)
  const list = damaged.map((file) => `${file.file} (${file.reason})`).join('; ')
  const one = damaged.length === 1
  return (
    `${one ? 'A data file' : `${damaged.length} data files`} could not be read and ` +
    `${one ? 'was' : 'were'} kept aside, unchanged, in ${folder}: ${list}. ` +
    'Everything else was loaded; earlier versions of documents can be restored from the library.'
  )
}

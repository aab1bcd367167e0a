/**
 * The first screen kept in the data folder between runs (`first-screen.json`), so the browser host
 * can serve the article's opening before it has loaded the store. A host writes it as it quits,
 * after its last write, with the size and time of the files it was read from (the library index
 * and the document's file); every host deletes it as it boots. So it is used only when no host has
 * run since and those files are as they were left: after a crash, or a file changed by hand, there
 * is none, and the page waits for the store as before. Light on purpose: no schema library, no store.
 */
import { readFile, rm, stat } from 'node:fs/promises'
import { isAbsolute, join, normalize } from 'node:path'
import { parseFirstScreen, type FirstScreen } from '../../shared/first-screen/first-screen-page'

export const FIRST_SCREEN_FILE = 'first-screen.json'

export const firstScreenPath = (dataDir: string): string => join(dataDir, FIRST_SCREEN_FILE)

/** A file the first screen was read from, as it was then: its path in the data folder. */
export interface FileStamp {
  path: string
  size: number
  mtimeMs: number
}

export interface KeptFirstScreen {
  screen: FirstScreen
  stamps: FileStamp[]
}

export async function stampOf(dataDir: string, path: string): Promise<FileStamp> {
  const { size, mtimeMs } = await stat(join(dataDir, path))
  return { path, size, mtimeMs }
}

function parseStamps(value: unknown): FileStamp[] | null {
  if (!Array.isArray(value) || value.length === 0) return null
  const stamps: FileStamp[] = []
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return null
    const { path, size, mtimeMs } = item as Record<string, unknown>
    if (typeof path !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number') return null
    // Only files inside the data folder, named as the host wrote them.
    if (isAbsolute(path) || normalize(path).startsWith('..')) return null
    stamps.push({ path, size, mtimeMs })
  }
  return stamps
}

/** The first screen the last host left, or null: none, not one, or its files changed since. */
export async function readFirstScreenFile(dataDir: string): Promise<FirstScreen | null> {
  try {
    const kept = JSON.parse(await readFile(firstScreenPath(dataDir), 'utf8')) as Record<string, unknown>
    const screen = parseFirstScreen(kept['screen'])
    const stamps = parseStamps(kept['stamps'])
    if (!screen || !stamps) return null
    for (const stamp of stamps) {
      const now = await stampOf(dataDir, stamp.path)
      if (now.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs) return null
    }
    return screen
  } catch {
    return null
  }
}

/** Called by boot: from here on the library may change, and the kept first screen would be stale. */
export async function removeFirstScreenFile(dataDir: string): Promise<void> {
  await rm(firstScreenPath(dataDir), { force: true })
}

/**
 * The first screen kept in the data folder between runs (`first-screen.json`), so the browser host
 * can serve the article's opening before it has loaded the store. A host writes it as it quits,
 * after its last write, and every host deletes it as it boots: it exists only while no host runs
 * and says what the last one left on screen. After a crash there is none, and the page starts as
 * before. Light on purpose: no schema library, no store.
 */
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { parseFirstScreen, type FirstScreen } from '../../shared/first-screen/first-screen-page'

export const FIRST_SCREEN_FILE = 'first-screen.json'

export const firstScreenPath = (dataDir: string): string => join(dataDir, FIRST_SCREEN_FILE)

/** The first screen the last host left, or null (none, or not one). */
export async function readFirstScreenFile(dataDir: string): Promise<FirstScreen | null> {
  try {
    return parseFirstScreen(JSON.parse(await readFile(firstScreenPath(dataDir), 'utf8')))
  } catch {
    return null
  }
}

/** Called by boot: from here on the library may change, and the kept first screen would be stale. */
export async function removeFirstScreenFile(dataDir: string): Promise<void> {
  await rm(firstScreenPath(dataDir), { force: true })
}

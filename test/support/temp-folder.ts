/**
 * A fresh temp folder per test, removed afterwards: tests use real files, never mocks of fs. A
 * store opened with `openStore` (or handed to `flushAfterTest`) has its background index write
 * flushed first, so nothing writes into a folder being removed.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { LibraryStore } from '../../src/main/core'

const created: string[] = []
const stores: LibraryStore[] = []

afterEach(async () => {
  // A store may still be writing its index after a change (see LibraryStore.changeDocument).
  await Promise.all(stores.splice(0).map((store) => store.flush()))
  await Promise.all(created.splice(0).map((folder) => rm(folder, { recursive: true, force: true })))
})

export async function tempFolder(prefix = 'claimcheck-test-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix))
  created.push(folder)
  return folder
}

/** Flushes `store`'s background index write at the end of the test, before folders are removed. */
export function flushAfterTest(store: LibraryStore): LibraryStore {
  stores.push(store)
  return store
}

/** Opens the store in `dataDir`, flushed at the end of the test. */
export async function openStore(
  dataDir: string,
  options?: Parameters<typeof LibraryStore.open>[1]
): Promise<LibraryStore> {
  return flushAfterTest(await LibraryStore.open(dataDir, options))
}

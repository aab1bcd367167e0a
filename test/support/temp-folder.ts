/** A fresh temp folder per test, removed afterwards: tests use real files, never mocks of fs. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { backgroundWritesSettled } from '../../src/main/store/library-store'

const created: string[] = []

afterEach(async () => {
  // A store may still be writing its index after a change (see LibraryStore.changeDocument).
  await backgroundWritesSettled()
  await Promise.all(created.splice(0).map((folder) => rm(folder, { recursive: true, force: true })))
})

export async function tempFolder(prefix = 'claimcheck-test-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix))
  created.push(folder)
  return folder
}

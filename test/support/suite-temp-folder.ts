/**
 * A temp folder that lives until every test in the file has run: for suites whose tests inspect
 * one shared scenario (`temp-folder.ts` removes its folders after each test).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

const created: string[] = []

afterAll(async () => {
  await Promise.all(created.splice(0).map((folder) => rm(folder, { recursive: true, force: true })))
})

export async function suiteTempFolder(prefix = 'claimcheck-suite-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix))
  created.push(folder)
  return folder
}

import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { boot, resolveDataDir } from './boot'
import { DataFolderBusyError } from './store/data-lock'
import { tempFolder } from './test-support/temp-folder'

const resourcesDir = fileURLToPath(new URL('../../resources/', import.meta.url))

async function bootIn(dataDir: string) {
  return boot({ dataDir, resourcesDir, platform: { kind: 'browser' }, version: '1.0.0' })
}

describe('boot', () => {
  it('puts the sample article in an empty library and opens it first', async () => {
    const dataDir = await tempFolder()
    const { services, release } = await bootIn(dataDir)
    try {
      const [entry, ...others] = await services.listDocuments({})
      expect(others).toHaveLength(0)
      expect(entry?.title).toBe(
        "Trump Pressures Ukraine for Concessions as Putin's War Escalates Under U.S. Policy Shift"
      )
      expect((await services.getStartup({})).lastDocumentId).toBe(entry?.id)
    } finally {
      release()
    }
  })

  it('does not bring the sample back once it has been offered', async () => {
    const dataDir = await tempFolder()
    const first = await bootIn(dataDir)
    first.release()
    const second = await bootIn(dataDir)
    second.release()
    expect(await readdir(join(dataDir, 'documents'))).toHaveLength(1)
  })

  it('refuses a data folder another live process holds', async () => {
    const dataDir = await tempFolder()
    const { release } = await bootIn(dataDir)
    try {
      // The lock holds this process's pid; pretend it belongs to another live process (our parent).
      const lockPath = join(dataDir, 'claimcheck.lock')
      expect(await readFile(lockPath, 'utf8')).toBe(String(process.pid))
      const { writeFile } = await import('node:fs/promises')
      await writeFile(lockPath, String(process.ppid))
      await expect(bootIn(dataDir)).rejects.toBeInstanceOf(DataFolderBusyError)
    } finally {
      release()
    }
  })

  it('takes over a lock left behind by a process that has exited', async () => {
    const dataDir = await tempFolder()
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(dataDir, 'claimcheck.lock'), '2147483646')
    const { services, release } = await bootIn(dataDir)
    release()
    expect(await services.listDocuments({})).toHaveLength(1)
  })
})

describe('resolveDataDir', () => {
  it('uses CLAIMCHECK_DATA_DIR when it is set', () => {
    expect(resolveDataDir('/default', { CLAIMCHECK_DATA_DIR: '/chosen' })).toBe('/chosen')
  })

  it('falls back to the host default when it is unset or blank', () => {
    expect(resolveDataDir('/default', {})).toBe('/default')
    expect(resolveDataDir('/default', { CLAIMCHECK_DATA_DIR: '  ' })).toBe('/default')
  })
})

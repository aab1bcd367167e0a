import { bootIn } from '../../test/support/boot-in'
import { readdir } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDataDir } from './boot'
import { DataFolderBusyError } from './store/data-lock'
import { tempFolder } from '../../test/support/temp-folder'

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

  it('refuses a data folder another live Claimcheck holds', async () => {
    const dataDir = await tempFolder()
    const { release } = await bootIn(dataDir)
    try {
      // Say the lock's owner is another live process on this machine (our parent).
      const owner = join(dataDir, 'claimcheck-lock.owner')
      const { writeFile } = await import('node:fs/promises')
      await writeFile(owner, JSON.stringify({ pid: process.ppid, host: hostname() }))
      await expect(bootIn(dataDir)).rejects.toBeInstanceOf(DataFolderBusyError)
    } finally {
      release()
    }
  })

  it('takes over at once a fresh lock whose owner process has exited', async () => {
    const dataDir = await tempFolder()
    const { writeFile, mkdir } = await import('node:fs/promises')
    await mkdir(join(dataDir, 'claimcheck-lock'))
    await writeFile(
      join(dataDir, 'claimcheck-lock.owner'),
      JSON.stringify({ pid: 2147483646, host: hostname() })
    )
    const { services, release } = await bootIn(dataDir)
    release()
    expect(await services.listDocuments({})).toHaveLength(1)
  })

  it('takes over a lock nobody has refreshed, even when its pid now belongs to a live process', async () => {
    const dataDir = await tempFolder()
    const { writeFile, mkdir, utimes } = await import('node:fs/promises')
    const lock = join(dataDir, 'claimcheck-lock')
    await mkdir(lock)
    // As after a reboot: pid 1 is alive, but the lock was last refreshed an hour ago.
    await writeFile(join(dataDir, 'claimcheck-lock.owner'), JSON.stringify({ pid: 1, host: hostname() }))
    await writeFile(join(dataDir, 'claimcheck.lock'), '1')
    const anHourAgo = new Date(Date.now() - 3_600_000)
    await utimes(lock, anHourAgo, anHourAgo)
    const { services, release } = await bootIn(dataDir)
    release()
    expect(await services.listDocuments({})).toHaveLength(1)
    expect(await readdir(dataDir)).not.toContain('claimcheck.lock')
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

/**
 * One process owns a data folder at a time, so two windows or hosts never interleave writes.
 * proper-lockfile holds the lock (a folder whose time the owner refreshes every few seconds): a
 * lock nobody refreshes, such as one left before a reboot, is stale and taken over whatever pid
 * it names. A lock refreshed within the last seconds belongs to a live Claimcheck, unless the
 * owner file beside it names a process on this machine that no longer exists (it was killed
 * moments ago): then it is taken over at once instead of after the stale period.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'

const LOCK_FOLDER = 'claimcheck-lock'
const OWNER_FILE = 'claimcheck-lock.owner'
/** The lock file of earlier versions: a plain file holding a pid. */
const LEGACY_LOCK = 'claimcheck.lock'

export class DataFolderBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number | null
  ) {
    super(
      `Another Claimcheck${ownerPid ? ` (process ${ownerPid})` : ''} is using the data folder ${dataDir}. ` +
        'Close it first, or set CLAIMCHECK_DATA_DIR to use another folder.'
    )
    this.name = 'DataFolderBusyError'
  }
}

interface Owner {
  pid: number
  host: string
}

function readOwner(dataDir: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(join(dataDir, OWNER_FILE), 'utf8')) as Partial<Owner>
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host }
      : null
  } catch {
    return null
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const isLockedError = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ELOCKED'

/** Takes the lock or throws DataFolderBusyError; returns the function that releases it. */
export function lockDataFolder(dataDir: string): () => void {
  const options = {
    lockfilePath: join(dataDir, LOCK_FOLDER),
    realpath: false,
    stale: 10_000,
    onCompromised: (error: Error) => {
      console.error(`The lock on ${dataDir} was lost: ${error.message}`)
    }
  }
  let release: () => void
  try {
    release = lockfile.lockSync(dataDir, options)
  } catch (error) {
    if (!isLockedError(error)) throw error
    const owner = readOwner(dataDir)
    if (!owner || owner.host !== hostname() || owner.pid === process.pid || isAlive(owner.pid)) {
      throw new DataFolderBusyError(dataDir, owner?.pid ?? null)
    }
    rmSync(options.lockfilePath, { recursive: true, force: true })
    try {
      release = lockfile.lockSync(dataDir, options)
    } catch (retryError) {
      if (isLockedError(retryError)) throw new DataFolderBusyError(dataDir, null)
      throw retryError
    }
  }
  writeFileSync(join(dataDir, OWNER_FILE), JSON.stringify({ pid: process.pid, host: hostname() }))
  rmSync(join(dataDir, LEGACY_LOCK), { force: true })
  let released = false
  return () => {
    if (released) return
    released = true
    rmSync(join(dataDir, OWNER_FILE), { force: true })
    try {
      release()
    } catch {
      // Already released or taken over: nothing of ours is left to remove.
    }
  }
}

/**
 * One process owns a data folder at a time, so two windows or hosts never interleave writes.
 * The lock is a file holding the owner's pid; a lock left by a process that died is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

export class DataFolderBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number
  ) {
    super(
      `Another Claimcheck (process ${ownerPid}) is using the data folder ${dataDir}. ` +
        'Close it first, or set CLAIMCHECK_DATA_DIR to use another folder.'
    )
    this.name = 'DataFolderBusyError'
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

/** Takes the lock or throws DataFolderBusyError; returns the function that releases it. */
export function lockDataFolder(dataDir: string): () => void {
  const lockPath = join(dataDir, 'claimcheck.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(lockPath, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const ownerPid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10)
      if (Number.isInteger(ownerPid) && ownerPid !== process.pid && isAlive(ownerPid)) {
        throw new DataFolderBusyError(dataDir, ownerPid)
      }
      rmSync(lockPath, { force: true })
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}.`)
}

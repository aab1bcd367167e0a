/**
 * A lowdb adapter whose writes are atomic and durable: a uniquely named temp file is written,
 * fsynced and renamed over the target, then the folder is fsynced. Writes to one file are queued,
 * and a write's promise settles only once the data is on disk.
 */
import { randomBytes } from 'node:crypto'
import { open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { SCHEMA_VERSION } from '../../shared/model'
import { migrate, type MigrationSteps } from '../../shared/migrations'

/** The file exists but cannot be used: empty, truncated, not JSON, or not the expected shape. */
export class UnreadableFileError extends Error {
  constructor(
    readonly filePath: string,
    readonly reason: string
  ) {
    super(`${filePath} cannot be read: ${reason}`)
    this.name = 'UnreadableFileError'
  }
}

/** The file was written by a newer Claimcheck: it is left alone and the app does not start on it. */
export class NewerDataError extends Error {
  constructor(
    readonly filePath: string,
    readonly version: number
  ) {
    super(
      `${filePath} was written by a newer version of Claimcheck (data version ${version}; this one reads ` +
        `${SCHEMA_VERSION}). Update Claimcheck to open it; the file was not changed.`
    )
    this.name = 'NewerDataError'
  }
}

export async function writeFileDurably(filePath: string, content: string): Promise<void> {
  const temporary = join(dirname(filePath), `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temporary, 'w')
  try {
    await handle.writeFile(content, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temporary, filePath)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  await syncFolder(dirname(filePath))
}

/** Makes the rename itself durable. Windows cannot open folders, and NTFS journals renames. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve()

  constructor(
    readonly filePath: string,
    private readonly schema: z.ZodType<T>,
    private readonly migrations: MigrationSteps = {}
  ) {}

  async read(): Promise<T | null> {
    let raw: string
    try {
      raw = await readFile(this.filePath, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    if (raw.trim() === '') throw new UnreadableFileError(this.filePath, 'the file is empty')
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch {
      throw new UnreadableFileError(this.filePath, 'it is not valid JSON (it may be truncated)')
    }
    const migrated = migrate(json, SCHEMA_VERSION, this.migrations)
    if (migrated.kind === 'newer') throw new NewerDataError(this.filePath, migrated.version)
    const parsed = this.schema.safeParse(migrated.data)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
      throw new UnreadableFileError(this.filePath, `its content is not what Claimcheck wrote${where}`)
    }
    return parsed.data
  }

  write(data: T): Promise<void> {
    // Serialize now, so a later mutation of `data` cannot change what this write stores.
    const content = JSON.stringify(data)
    const next = this.queue.then(() => writeFileDurably(this.filePath, content))
    this.queue = next.catch(() => undefined)
    return next
  }
}

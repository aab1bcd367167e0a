/**
 * A lowdb adapter whose writes are atomic and durable: a uniquely named temp file is written,
 * fsynced and renamed over the target, then the folder is fsynced. Writes to one file are
 * group-committed: while one write is on its way to disk, later calls share the next write, which
 * stores the newest data. A write's promise settles only once data at least that new is on disk.
 */
import { randomBytes } from 'node:crypto'
import { open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import type { FileStamp } from '../../shared/model'
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

/** `.library.json.3f9a0c1b2d4e.tmp`: the temp files of an interrupted write, removed at start. */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/
export const isTempFile = (name: string): boolean => TEMP_FILE.test(name)

export interface WriteOptions {
  /** Runs just before the new content replaces the old file, e.g. to keep the old one as a backup. */
  beforeReplace?: (filePath: string) => Promise<void>
}

/**
 * Writes `content` atomically and durably; resolves to the size and time of the file written.
 * Content in pieces is written one after another, never joined into one string first (an
 * article's text is megabytes: joining it to its header cost more than encoding it).
 */
export async function writeFileDurably(
  filePath: string,
  content: string | readonly string[],
  options: WriteOptions = {}
): Promise<FileStamp> {
  const temporary = join(dirname(filePath), `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`)
  let stamp: FileStamp
  const handle = await open(temporary, 'w')
  try {
    for (const piece of typeof content === 'string' ? [content] : content)
      await handle.writeFile(piece, 'utf8')
    await handle.sync()
    const { size, mtimeMs } = await handle.stat()
    stamp = { size, mtimeMs }
  } catch (error) {
    await handle.close()
    await rm(temporary, { force: true })
    throw error
  }
  await handle.close()
  try {
    await options.beforeReplace?.(filePath)
    await rename(temporary, filePath)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  await syncFolder(dirname(filePath))
  return stamp
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

/** Parses a data file: null when it does not exist, an error that says why when it is unusable. */
export async function readJsonFile<T>(
  filePath: string,
  schema: z.ZodType<T>,
  migrations: MigrationSteps = {},
  /** Awaited between reading and parsing (a large file's parse holds the thread): e.g. to let a save go first. */
  beforeParse?: () => Promise<void>
): Promise<T | null> {
  const raw = await readTextFile(filePath)
  if (raw === null) return null
  await beforeParse?.()
  return parseDataFile(filePath, raw, schema, migrations)
}

/** Parses a data file's content read from `filePath`: migrated, then checked against `schema`. */
export function parseDataFile<T>(
  filePath: string,
  raw: string,
  schema: z.ZodType<T>,
  migrations: MigrationSteps = {}
): T {
  return checkData(filePath, parseJson(filePath, raw), schema, migrations)
}

/** A data file's JSON, or an error that says why it is unusable. */
export function parseJson(filePath: string, raw: string): unknown {
  if (raw.trim() === '') throw new UnreadableFileError(filePath, 'the file is empty')
  try {
    return JSON.parse(raw) as unknown
  } catch {
    throw new UnreadableFileError(filePath, 'it is not valid JSON (it may be truncated)')
  }
}

/** Checks parsed JSON read from `filePath`: migrated, then checked against `schema`. */
export function checkData<T>(
  filePath: string,
  json: unknown,
  schema: z.ZodType<T>,
  migrations: MigrationSteps = {}
): T {
  const migrated = migrate(json, SCHEMA_VERSION, migrations)
  if (migrated.kind === 'newer') throw new NewerDataError(filePath, migrated.version)
  const parsed = schema.safeParse(migrated.data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    throw new UnreadableFileError(filePath, `its content is not what Claimcheck wrote${where}`)
  }
  return parsed.data
}

/** A file's content, or null when it does not exist. */
export async function readTextFile(filePath: string): Promise<string | null> {
  try {
    return await readFile(filePath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') {
      throw new UnreadableFileError(filePath, 'it is a folder, not a file')
    }
    throw error
  }
}

export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve()
  /** The write not started yet: calls made now share it. */
  private nextWrite: Promise<FileStamp> | null = null
  private latest: T | null = null
  /**
   * The data of the newest write on disk and its stamp. After `await save(data)` it may be newer
   * than `data` (later calls shared the write): what describes the file is this, not `data`.
   */
  lastWritten: { data: T; stamp: FileStamp } | null = null

  constructor(
    readonly filePath: string,
    private readonly schema: z.ZodType<T>,
    private readonly options: WriteOptions & { migrations?: MigrationSteps } = {}
  ) {}

  read(): Promise<T | null> {
    return readJsonFile(this.filePath, this.schema, this.options.migrations)
  }

  /**
   * Stores `data` (or newer data given by a later call before the write starts). The caller must
   * not mutate `data` afterwards: the store replaces values, it never edits them in place.
   */
  save(data: T): Promise<FileStamp> {
    this.latest = data
    if (this.nextWrite) return this.nextWrite
    const next = this.queue.then(async () => {
      this.nextWrite = null
      const data = this.latest as T
      const stamp = await writeFileDurably(this.filePath, JSON.stringify(data), this.options)
      this.lastWritten = { data, stamp }
      return stamp
    })
    this.nextWrite = next
    this.queue = next.catch(() => undefined)
    return next
  }

  /** lowdb's side of the adapter: `save` without the stamp. */
  async write(data: T): Promise<void> {
    await this.save(data)
  }
}

/**
 * The library commands, reading the data folder (CLAIMCHECK_DATA_DIR or the app's) and never
 * writing to it:
 *   claimcheck list [--json]
 *   claimcheck export <id or title> --format FORMAT [--out FILE]
 *   claimcheck export --all --format FORMAT --out FOLDER
 * Exports are rendered by the same module as the app's (src/shared/export/render.ts).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { NewerDataError, UnreadableFileError, readReviewer } from '../main/core'
import { uniqueFileNames } from '../shared/export/file-names'
import { exportFormats, renderExport, type ExportFormatName } from '../shared/export/render'
import { reviewProgress } from '../shared/annotations/counts'
import type { LibraryEntry } from '../shared/model'
import {
  defaultDataDir,
  findDocument,
  LibraryReadError,
  openLibraryReadOnly,
  type LibraryReader
} from './library-reader'
import type { CliIo } from './cli-io'

export const libraryUsage = `Library commands (read the data folder: CLAIMCHECK_DATA_DIR, or the app's):
  list [--json]                                    every document: id, claims reviewed, title
  export <id or title> --format FORMAT [--out FILE] one document's export (to standard output without --out)
  export --all --format FORMAT --out FOLDER         every document, one file each, into FOLDER

Export formats: ${exportFormats.join(', ')}
`

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name)
  if (at === -1) return undefined
  const value = args[at + 1]
  if (!value || value.startsWith('--')) throw new UsageError(`${name} needs a value.`)
  return value
}

/** The arguments that are not options or option values. */
function positional(args: string[], withValues: string[]): string[] {
  return args.filter((arg, index) => !arg.startsWith('--') && !withValues.includes(args[index - 1] ?? ''))
}

/** "reviewed/total", leaving out sentences marked "not a claim". */
const progressOf = (entry: LibraryEntry) => {
  const { reviewed, total } = reviewProgress(entry.counts, entry.claimCount)
  return `${reviewed}/${total}`
}

function listing(documents: readonly LibraryEntry[]): string {
  if (documents.length === 0) return 'The library is empty.\n'
  const width = Math.max(...documents.map((entry) => entry.id.length))
  return documents
    .map((entry) => `${entry.id.padEnd(width)}  ${progressOf(entry).padStart(7)}  ${entry.title}\n`)
    .join('')
}

async function render(
  library: LibraryReader,
  entry: LibraryEntry,
  format: ExportFormatName,
  version: string
) {
  return renderExport(await library.readDocument(entry.id), format, {
    exportedAt: new Date().toISOString(),
    generator: `Claimcheck ${version}`,
    reviewer: await readReviewer(library.dataDir),
    place: library.index.places[entry.id] ?? null
  })
}

async function exportCommand(
  library: LibraryReader,
  args: string[],
  io: CliIo,
  version: string
): Promise<number> {
  const format = option(args, '--format')
  const out = option(args, '--out')
  const all = args.includes('--all')
  const [query, ...extra] = positional(args.slice(1), ['--format', '--out'])
  if (!format || !(exportFormats as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of: ${exportFormats.join(', ')}.`)
  }
  if (extra.length > 0 || (all ? query !== undefined || !out : query === undefined)) {
    throw new UsageError(
      all ? '--all takes no document, and needs --out FOLDER.' : 'Name one document to export.'
    )
  }
  const exportFormat = format as ExportFormatName
  if (!all) {
    const file = await render(
      library,
      findDocument(library.index.documents, query as string),
      exportFormat,
      version
    )
    if (out) await writeFile(out, file.content, { encoding: 'utf8', flag: 'wx' })
    else io.stdout.write(file.content)
    if (out) io.stderr.write(`Wrote ${out}\n`)
    return 0
  }
  const folder = out as string
  await mkdir(folder, { recursive: true })
  const taken = new Set(await readdir(folder))
  for (const [index, entry] of library.index.documents.entries()) {
    const file = await render(library, entry, exportFormat, version)
    const [fileName = file.fileName] = uniqueFileNames([file.fileName], taken)
    taken.add(fileName)
    await writeFile(join(folder, fileName), file.content, { encoding: 'utf8', flag: 'wx' })
    io.stderr.write(`[${index + 1}/${library.index.documents.length}] ${fileName}\n`)
  }
  return 0
}

/** Runs `list` or `export`; resolves to the exit code. */
export async function runLibraryCommand(
  args: string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env
): Promise<number> {
  const version = env['npm_package_version'] ?? '0.0.0'
  try {
    const library = await openLibraryReadOnly(defaultDataDir(env))
    if (args[0] === 'list') {
      const documents = library.index.documents
      io.stdout.write(
        args.includes('--json') ? `${JSON.stringify(documents, null, 2)}\n` : listing(documents)
      )
      return 0
    }
    return await exportCommand(library, args, io, version)
  } catch (error) {
    const known =
      error instanceof UsageError ||
      error instanceof LibraryReadError ||
      error instanceof UnreadableFileError ||
      error instanceof NewerDataError ||
      (error as NodeJS.ErrnoException).code === 'EEXIST'
    if (!known) throw error
    const message =
      (error as NodeJS.ErrnoException).code === 'EEXIST'
        ? `${(error as NodeJS.ErrnoException).path ?? 'the file'} already exists; choose another --out.`
        : (error as Error).message
    io.stderr.write(`claimcheck: ${message}\n${error instanceof UsageError ? `\n${libraryUsage}` : ''}`)
    return 1
  }
}

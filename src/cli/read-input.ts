/**
 * Reads the CLI's input as the app reads an imported file: a path (its name says its format), or
 * "-" for standard input (plain text unless `--format` says otherwise). The bytes then go through
 * the app's own import pipeline, with its limits and its messages.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../shared/import/limits'

export class InputError extends Error {}

export interface CliInput {
  fileName: string
  bytes: Uint8Array
}

export const stdinFormats = { txt: 'txt', md: 'md', markdown: 'md', html: 'html', pdf: 'pdf' } as const

export async function readInput(
  source: string,
  stdin: AsyncIterable<Uint8Array>,
  format: keyof typeof stdinFormats = 'txt'
): Promise<CliInput> {
  if (source === '-') {
    return { fileName: `standard-input.${stdinFormats[format]}`, bytes: await readAll(stdin) }
  }
  return { fileName: basename(source), bytes: await readFileBytes(source) }
}

async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    const { size, isDirectory } = await stat(path).then((stats) => ({
      size: stats.size,
      isDirectory: stats.isDirectory()
    }))
    if (isDirectory) throw new InputError(`${path} is a folder, not a file.`)
    // Refused before a byte is read, as the app does.
    if (size > MAX_IMPORT_BYTES) throw new InputError(tooLargeMessage(basename(path), size))
    return await readFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`${path}: no such file.`)
    throw new InputError(`${path} cannot be read (${code ?? 'unknown error'}).`)
  }
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of stream) {
    size += chunk.byteLength
    if (size > MAX_IMPORT_BYTES) throw new InputError(tooLargeMessage('standard input', size))
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * Reads the CLI's input: a file path, or "-" for standard input. Text must be valid UTF-8 without
 * NUL bytes; anything else is refused with a message a person can act on.
 */
import { readFile } from 'node:fs/promises'

export class InputError extends Error {}

export async function readInput(source: string, stdin: AsyncIterable<Uint8Array>): Promise<string> {
  const bytes = source === '-' ? await readAll(stdin) : await readFileBytes(source)
  const name = source === '-' ? 'standard input' : source
  if (bytes.includes(0)) throw new InputError(`${name} looks binary (it contains NUL bytes), not text.`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text.`)
  }
}

async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`${path}: no such file.`)
    if (code === 'EISDIR') throw new InputError(`${path} is a folder, not a file.`)
    throw new InputError(`${path} cannot be read (${code ?? 'unknown error'}).`)
  }
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for await (const chunk of stream) chunks.push(chunk)
  return Buffer.concat(chunks)
}

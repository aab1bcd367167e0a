/**
 * Reads a picked or dropped file as UTF-8 text in chunks, reporting progress as it goes, so a
 * 50 MB file neither freezes the window nor arrives without a visible bar. Bytes that are not
 * UTF-8 become U+FFFD, which main refuses with a message saying so.
 */
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../../shared/import/limits'

export class FileTooLargeError extends Error {}

export async function readFileText(file: File, onProgress: (fraction: number) => void): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) throw new FileTooLargeError(tooLargeMessage(file.name, file.size))
  const reader = file.stream().getReader()
  const decoder = new TextDecoder('utf-8')
  const parts: string[] = []
  let read = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    read += value.byteLength
    parts.push(decoder.decode(value, { stream: true }))
    onProgress(file.size ? read / file.size : 1)
  }
  parts.push(decoder.decode())
  return parts.join('')
}

/**
 * Reads a picked or dropped file as UTF-8 text in chunks, reporting progress as it goes, so a
 * 50 MB file neither freezes the window nor arrives without a visible bar. Bytes that are not
 * UTF-8 become U+FFFD, which main refuses with a message saying so. A PDF is read as bytes and
 * sent as base64 instead.
 */
import { formatOfFileName } from '../../../shared/import/file-name'
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../../shared/import/limits'
import { hasPdfSignature } from '../../../shared/import/pdf-signature'

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

/** A PDF by its name, or by its first bytes whatever its name (a download saved without one). */
export async function isPdfFile(file: File): Promise<boolean> {
  if (formatOfFileName(file.name) === 'pdf') return true
  return hasPdfSignature(new Uint8Array(await file.slice(0, 8).arrayBuffer()))
}

/** The file's bytes as base64, read with progress; the browser encodes it natively. */
export function readFileBase64(file: File, onProgress: (fraction: number) => void): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES)
    return Promise.reject(new FileTooLargeError(tooLargeMessage(file.name, file.size)))
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.addEventListener('progress', (event) => onProgress(event.total ? event.loaded / event.total : 1))
    reader.addEventListener('error', () => reject(reader.error ?? new Error('The file could not be read.')))
    reader.addEventListener('load', () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    })
    reader.readAsDataURL(file)
  })
}

/**
 * Turns a file's text into an article draft by its format (.txt, .md, .html), after checking it
 * is text at all: binary data, broken UTF-8 and empty files are refused with what was wrong.
 * Nothing here touches the store, so a refused file leaves the library exactly as it was.
 */
import type { ArticleDraft } from '../../shared/document/build-article'
import { formatOfFileName, importExtensions } from '../../shared/import/file-name'
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../shared/import/limits'
import { parseMarkdown } from '../../shared/import/markdown'
import { ApiFailure, missingCase } from '../../shared/result'
import { parsePlainText } from '../../shared/text/plain-text'
import { parseHtmlArticle } from './html-article'

/** U+FFFD is what a decoder leaves where bytes were not valid UTF-8. */
const REPLACEMENT_CHARACTER = '\uFFFD'

const binaryFile = (fileName: string): ApiFailure =>
  new ApiFailure(
    'bad-file',
    `“${fileName}” is a binary file, not text: Claimcheck imports text, Markdown and HTML files.`
  )

const notUtf8 = (fileName: string): ApiFailure =>
  new ApiFailure(
    'bad-file',
    `“${fileName}” is not valid UTF-8 text. Save it as UTF-8 in your editor and import it again.`
  )

export function assertImportableText(fileName: string, text: string): void {
  if (text.includes('\u0000')) throw binaryFile(fileName)
  if (text.includes(REPLACEMENT_CHARACTER)) throw notUtf8(fileName)
  if (text.trim() === '')
    throw new ApiFailure('bad-file', `“${fileName}” is empty: there is no article to import.`)
}

/** Decodes bytes read from disk; invalid UTF-8 is refused rather than silently replaced. */
export function decodeImportBytes(fileName: string, bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ApiFailure('too-large', tooLargeMessage(fileName, bytes.byteLength))
  }
  if (bytes.includes(0)) throw binaryFile(fileName)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw notUtf8(fileName)
  }
}

export function draftFromFile(fileName: string, text: string): ArticleDraft {
  const format = formatOfFileName(fileName)
  if (!format) {
    throw new ApiFailure(
      'unsupported',
      `“${fileName}” is not a file Claimcheck can import. Choose a ${importExtensions.join(', ')} file.`
    )
  }
  assertImportableText(fileName, text)
  switch (format) {
    case 'text':
      return parsePlainText(text, fileName)
    case 'markdown':
      return parseMarkdown(text, fileName)
    case 'html':
      return parseHtmlArticle(text, fileName)
    default:
      return missingCase(format)
  }
}

/**
 * Turns an imported file into an article draft by its format: a PDF (by its name or its bytes)
 * is read by pdf-article.ts; .txt, .md and .html after checking they are text at all — binary
 * data, broken UTF-8 and empty files are refused with what was wrong. Nothing here touches the
 * store, so a refused file leaves the library exactly as it was.
 */
import type { ArticleDraft } from '../../shared/document/build-article'
import { formatOfFileName, importExtensions } from '../../shared/import/file-name'
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../shared/import/limits'
import { parseMarkdown } from '../../shared/import/markdown'
import { hasPdfSignature } from '../../shared/import/pdf-signature'
import { ApiFailure, missingCase } from '../../shared/result'
import { parsePlainText } from '../../shared/text/plain-text'
import type { FileInput, PageProgress } from './article-input'
import { parsePdfArticle } from './pdf-article'

/** U+FFFD is what a decoder leaves where bytes were not valid UTF-8. */
const REPLACEMENT_CHARACTER = '\uFFFD'

const binaryFile = (fileName: string): ApiFailure =>
  new ApiFailure(
    'bad-file',
    `“${fileName}” is a binary file, not text: Claimcheck imports text, Markdown, HTML and PDF files.`
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

/** Any imported file's draft: PDFs go by their bytes, everything else by its decoded text. */
export async function draftFromInput(input: FileInput, onProgress?: PageProgress): Promise<ArticleDraft> {
  const { fileName } = input
  if ('bytes' in input && (formatOfFileName(fileName) === 'pdf' || hasPdfSignature(input.bytes))) {
    if (input.bytes.byteLength > MAX_IMPORT_BYTES) {
      throw new ApiFailure('too-large', tooLargeMessage(fileName, input.bytes.byteLength))
    }
    return parsePdfArticle(fileName, input.bytes, onProgress)
  }
  const text = 'text' in input ? input.text : decodeImportBytes(fileName, input.bytes)
  return draftFromFile(fileName, text)
}

export async function draftFromFile(fileName: string, text: string): Promise<ArticleDraft> {
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
    case 'html': {
      // Loaded on demand: the HTML path brings jsdom, seconds of start-up a text import never needs.
      const { articleOfHtmlPage } = await import('./html-page')
      return articleOfHtmlPage(text, fileName)
    }
    case 'pdf':
      // A PDF is binary: it comes as bytes (draftFromInput), never as decoded text.
      throw new ApiFailure('bad-file', `“${fileName}” is a PDF: import the file itself, not its text.`)
    default:
      return missingCase(format)
  }
}

/**
 * A page fetched from the web into an article, on the import worker: what it is (its content
 * type, else its address and first bytes), its text decoded (the charset from the header, a
 * byte-order mark or the page's <meta charset>), then the importer for its kind. A PDF goes
 * through the file import pipeline like a downloaded file; its address stays its source.
 */
import { isUtf8 } from 'node:buffer'
import { TextDecoder } from '@exodus/bytes/encoding.js'
import sniffEncoding from 'html-encoding-sniffer'
import { buildArticle, type ArticleDraft } from '../../shared/document/build-article'
import { parseMarkdown } from '../../shared/import/markdown'
import type { Article } from '../../shared/model'
import { ApiFailure, missingCase } from '../../shared/result'
import { parsePlainText } from '../../shared/text/plain-text'
import {
  contentKindOfType,
  fileNameOfUrl,
  notAnArticleMessage,
  parseContentType,
  sniffContentKind,
  type WebContentKind
} from '../../shared/web/web-content'
import { articleFromFile } from './article-from-file'
import type { PageProgress, WebPageInput } from './article-input'
import { articleOfHtmlPage } from './html-page'

/** What the sniffer answers when neither the header, a BOM nor a <meta> names a charset. */
const UNDECLARED = 'undeclared'

/**
 * Undeclared text is UTF-8 when it is valid UTF-8 (most of the web), else the web's old default.
 * Decoded by the Encoding Standard's own tables (as jsdom does): Node's built-in decoder reads
 * windows-1252 as Latin-1, losing “smart quotes”, dashes and €.
 */
export function decodeWebText(bytes: Uint8Array, kind: WebContentKind, charset: string | undefined): string {
  const sniffed = sniffEncoding(bytes, {
    xml: kind !== 'html',
    defaultEncoding: UNDECLARED,
    ...(charset ? { transportLayerEncodingLabel: charset } : {})
  })
  const encoding = sniffed === UNDECLARED ? (isUtf8(bytes) ? 'UTF-8' : 'windows-1252') : sniffed
  try {
    return new TextDecoder(encoding).decode(bytes)
  } catch {
    throw new ApiFailure(
      'bad-file',
      `The page is in a character encoding (${encoding}) Claimcheck cannot read. Save it from your browser as UTF-8 and import the file.`
    )
  }
}

async function draftOf(
  kind: Exclude<WebContentKind, 'pdf'>,
  text: string,
  url: string
): Promise<ArticleDraft> {
  switch (kind) {
    case 'html':
      return articleOfHtmlPage(text, fileNameOfUrl(url, 'html'), { url })
    case 'text':
      return { ...parsePlainText(text, fileNameOfUrl(url, 'txt')), source: url }
    case 'markdown':
      return { ...parseMarkdown(text, fileNameOfUrl(url, 'md')), source: url }
    default:
      return missingCase(kind)
  }
}

/** The one hand-off of a fetched PDF to the file import pipeline, as the bytes of a .pdf file. */
async function pdfArticle(page: WebPageInput, onProgress?: PageProgress): Promise<Article> {
  const article = await articleFromFile(
    { fileName: fileNameOfUrl(page.url, 'pdf'), bytes: page.bytes },
    onProgress
  )
  return { ...article, source: page.url }
}

/** `onProgress` hears how far a PDF has been read, page by page. */
export async function articleFromWebPage(page: WebPageInput, onProgress?: PageProgress): Promise<Article> {
  const { mediaType, charset } = parseContentType(page.contentType)
  const typed = contentKindOfType(mediaType, page.url)
  const kind = typed === 'unknown' ? sniffContentKind(page.url, page.bytes) : typed
  if (!kind) throw new ApiFailure('bad-file', notAnArticleMessage(page.url, mediaType))
  if (kind === 'pdf') return pdfArticle(page, onProgress)
  const text = decodeWebText(page.bytes, kind, charset)
  if (text.includes('\u0000')) throw new ApiFailure('bad-file', notAnArticleMessage(page.url, mediaType))
  if (!text.trim()) {
    throw new ApiFailure('bad-file', `The page at “${page.url}” is empty: there is no article to import.`)
  }
  return buildArticle(await draftOf(kind, text, page.url))
}

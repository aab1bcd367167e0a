/**
 * PDF import: pdf.js (Mozilla's reader, the one in Firefox) reads the text layer page by page —
 * on the import worker, never the main thread — and `layoutPdf` rebuilds the article from it.
 * pdf.js runs with nothing it does not need for text: no font loading, no eval, no system fonts.
 * Password-protected PDFs, scanned ones with no text and damaged files are refused plainly.
 */
import type { DocumentInitParameters, TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api'
import type { ArticleDraft } from '../../shared/document/build-article'
import { titleFromFileName } from '../../shared/import/file-name'
import { layoutPdf, type PdfPage, type PdfTextItem } from '../../shared/import/pdf-layout'
import { ApiFailure } from '../../shared/result'

import type { PageProgress } from './article-input'

export type { PageProgress } from './article-input'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let pdfjsLoading: Promise<PdfJs> | null = null

/**
 * pdf.js in Node looks for the optional native `@napi-rs/canvas` to draw with; reading text needs
 * none of it, only a DOMMatrix to exist when the module loads (a pure-JS one stands in). Its
 * warnings about the missing canvas would only be noise on the CLI's and the hosts' stderr.
 */
async function loadPdfJs(): Promise<PdfJs> {
  const { default: CSSMatrix } = await import('@thednp/dommatrix')
  globalThis.DOMMatrix ??= CSSMatrix as unknown as typeof DOMMatrix
  const warn = console.warn
  console.warn = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: '))) warn(...args)
  }
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    // pdf.js's own "worker" then runs in this thread (already off the main one), loaded from here.
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker =
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    return pdfjs
  } finally {
    console.warn = warn
  }
}

const notAPdf = (fileName: string): ApiFailure =>
  new ApiFailure(
    'bad-file',
    `“${fileName}” is damaged or is not a PDF, so it cannot be read. If it opens in a PDF reader, save a fresh copy from there (Print → Save as PDF) and import that.`
  )

const passwordProtected = (fileName: string): ApiFailure =>
  new ApiFailure(
    'bad-file',
    `“${fileName}” is password-protected: Claimcheck cannot read encrypted PDFs. Open it in a PDF reader with its password, save a copy without one (Print → Save as PDF), and import that.`
  )

const noTextLayer = (fileName: string): ApiFailure =>
  new ApiFailure(
    'bad-file',
    `“${fileName}” has no text layer (it looks like scanned images), so there is no text to check. Run it through OCR (text recognition) in a PDF tool first, then import the result.`
  )

const onlyFurniture = (fileName: string): ApiFailure =>
  new ApiFailure(
    'bad-file',
    `“${fileName}” holds only page headers, footers and numbers: there is no article text to check.`
  )

/** A text item is horizontal text when its matrix neither rotates nor skews it. */
function isHorizontal(item: TextItem): boolean {
  const [a, b, c, d] = item.transform as number[]
  return Math.abs(b ?? 0) < 1e-3 && Math.abs(c ?? 0) < 1e-3 && (a ?? 0) > 0 && (d ?? 0) > 0
}

function textItemOf(item: TextItem, inFigure: boolean): PdfTextItem {
  const [, , , d, x, y] = item.transform as number[]
  return {
    str: item.str,
    x: x ?? 0,
    y: y ?? 0,
    width: item.width,
    height: item.height,
    fontSize: d ?? item.height,
    ...(inFigure ? { inFigure } : {})
  }
}

/**
 * The page's horizontal text, each run marked when a tagged PDF puts it inside a `/Figure` (the
 * marked content a figure's own drawing and labels sit in), which the layout leaves out.
 */
function pageItems(items: readonly (TextItem | TextMarkedContent)[]): PdfTextItem[] {
  const figures: boolean[] = []
  const read: PdfTextItem[] = []
  for (const item of items) {
    if ('str' in item) {
      if (isHorizontal(item)) read.push(textItemOf(item, figures.includes(true)))
    } else if (item.type === 'endMarkedContent') figures.pop()
    else figures.push((item as { tag?: unknown }).tag === 'Figure')
  }
  return read
}

/** "D:20240315093000+01'00'" as ISO 8601, or undefined. */
function isoDate(pdfjs: PdfJs, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  return pdfjs.PDFDateString.toDateObject(value)?.toISOString()
}

const metadataText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined

export async function parsePdfArticle(
  fileName: string,
  bytes: Uint8Array,
  onProgress: PageProgress = () => {}
): Promise<ArticleDraft> {
  const pdfjs = await (pdfjsLoading ??= loadPdfJs())
  const parameters: DocumentInitParameters = {
    // pdf.js may take the buffer over; the caller's bytes stay as they were.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS
  }
  const loading = pdfjs.getDocument(parameters)
  try {
    const pdf = await loading.promise.catch((error: unknown) => {
      const name = (error as { name?: string } | null)?.name
      throw name === 'PasswordException' ? passwordProtected(fileName) : notAPdf(fileName)
    })
    const pages: PdfPage[] = []
    onProgress(0, pdf.numPages)
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const content = await page.getTextContent({ includeMarkedContent: true })
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view
      pages.push({ width: right - left, height: top - bottom, items: pageItems(content.items) })
      page.cleanup()
      onProgress(number, pdf.numPages)
    }
    const info = (await pdf.getMetadata()).info as Record<string, unknown>
    const layout = layoutPdf(pages, metadataText(info['Title']))
    if (layout.characters === 0) throw noTextLayer(fileName)
    if (layout.blocks.length === 0 && !layout.title) throw onlyFurniture(fileName)
    const title = layout.title ?? titleFromFileName(fileName)
    const draft: ArticleDraft = {
      title,
      source: fileName,
      blocks: [{ type: 'title', text: title }, ...layout.blocks]
    }
    const author = metadataText(info['Author'])
    const published = isoDate(pdfjs, info['CreationDate'])
    if (author) draft.byline = author
    if (published) draft.publishedAt = published
    return draft
  } finally {
    await loading.destroy()
  }
}

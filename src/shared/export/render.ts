/**
 * One entry point for every export format, used alike by the app's services and the command
 * line, so both write the same bytes (apart from the export time).
 */
import { analyzeArticle } from '../claims/analyze'
import type { ReadingPlace, StoredDocument } from '../model'
import type { Reviewer } from '../reviewer'
import { exportBackup } from './backup'
import { exportClaimReview, type DeskPublishing } from './claimreview'
import { exportCsv } from './csv'
import { exportFileName, exportMarkdown } from './markdown'
import { exportAnnotatedArticle } from './markdown-article'
import { exportFormatInfo, type ExportFormatName } from './formats'
import { exportReport } from './report-html'
import { exportW3c } from './w3c'

export { exportFormatInfo, exportFormats, type ExportFormatName } from './formats'

export interface ExportContext {
  /** ISO date-time of the export. */
  exportedAt: string
  /** The app and its version, e.g. "Claimcheck 0.1.0". */
  generator: string
  reviewer: Reviewer
  place: ReadingPlace | null
  /** A desk document's sign-offs and publishing settings: its ClaimReview holds only signed-off claims. */
  desk?: DeskPublishing | null
}

export interface RenderedExport {
  fileName: string
  mimeType: string
  content: string
}

function content(document: StoredDocument, format: ExportFormatName, context: ExportContext): string {
  const { exportedAt, generator, reviewer, place } = context
  switch (format) {
    case 'markdown':
      return exportMarkdown(document, { exportedAt })
    case 'markdown-article':
      return exportAnnotatedArticle(document, { exportedAt })
    case 'report':
      return exportReport(document, { exportedAt, generator, reviewer })
    case 'w3c':
      return exportW3c(document, { exportedAt, generator, reviewer })
    case 'claimreview':
      return exportClaimReview(document, {
        reviewer,
        insights: analyzeArticle(document).claims,
        desk: context.desk ?? null
      })
    case 'csv':
      return exportCsv(document, analyzeArticle(document).claims)
    case 'backup':
      return exportBackup(document, { exportedAt, generator, place })
  }
}

export function renderExport(
  document: StoredDocument,
  format: ExportFormatName,
  context: ExportContext
): RenderedExport {
  const info = exportFormatInfo[format]
  return {
    fileName: exportFileName(document.title, info.extension),
    mimeType: info.mimeType,
    content: content(document, format, context)
  }
}

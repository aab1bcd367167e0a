/**
 * The CSV export: one row per claim, reviewed or not, in reading order. RFC 4180 (CRLF, fields
 * quoted when they must be), UTF-8 with a byte-order mark so Excel reads the accents right, and
 * every cell that a spreadsheet would run as a formula defused with a leading apostrophe.
 */
import { statusLabel, type Source, type StoredDocument } from '../model'
import { claimsInReadingOrder, claimText, type ClaimInsight } from './review-parts'

export const CSV_COLUMNS = [
  'position',
  'claim',
  'status',
  'note',
  'tags',
  'sources',
  'kinds',
  'check_worthiness',
  'last_change'
] as const

const BYTE_ORDER_MARK = '\uFEFF'

/** OWASP's list: what makes Excel, LibreOffice or Sheets treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/

/** One field: defused, then quoted if it holds a quote, a comma or a line break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',')
}

/** One source on one line: `Title <url> (accessed 2026-03-16; archived <url>) — what it shows`. */
function sourceLine(source: Source): string {
  const provenance = [
    source.accessedOn ? `accessed ${source.accessedOn}` : '',
    source.archiveUrl ? `archived <${source.archiveUrl}>` : ''
  ].filter(Boolean)
  return [
    source.title ? `${source.title} <${source.url}>` : source.url,
    provenance.length > 0 ? ` (${provenance.join('; ')})` : '',
    source.shows ? ` — ${source.shows.replace(/\s+/g, ' ')}` : ''
  ].join('')
}

export function exportCsv(document: StoredDocument, insights: readonly ClaimInsight[]): string {
  const analysis = new Map(insights.map((claim) => [claim.claimId, claim]))
  const rows = claimsInReadingOrder(document).map(({ claim, position, review }) => {
    const analysed = analysis.get(claim.id)
    return csvRow([
      String(position),
      claimText(document, claim),
      review?.status ? statusLabel[review.status] : '',
      review?.note ?? '',
      (review?.tags ?? []).join(', '),
      (review?.sources ?? []).map(sourceLine).join('\n'),
      (analysed?.kinds ?? []).join(', '),
      analysed ? analysed.score.toFixed(2) : '',
      review?.updatedAt ?? ''
    ])
  })
  return `${BYTE_ORDER_MARK}${[csvRow(CSV_COLUMNS), ...rows].join('\r\n')}\r\n`
}

/**
 * A table read by an importer (caption, header row, body rows of cells) laid out as block text:
 * the caption, then each row with its cells separated by a tab and rows by a line break, so the
 * text copies into a spreadsheet as it reads and search and highlights work in cells as anywhere.
 *
 * A table's cells are figures and labels ("1", "5%"), never sentences to review; its caption is
 * the article's words about the table ("Unemployment rose 2% in 2023") and holds claims, after a
 * label like "Table 2:". A "table" of one cell is the page's layout, read as a paragraph; a wider
 * table than the model holds folds its extra cells into the last column, and a longer one goes on
 * in a further table block.
 */
import type { TableShape, TextSpan } from '../model'
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from './block-limits'
import { normalizeMarked, type DraftMark, type MarkedText } from './inline-marks'

/** A table as an importer reads it: each cell's raw text with its marks. */
export interface TableDraft {
  caption?: MarkedText
  header: MarkedText[]
  rows: MarkedText[][]
  /** True when each body row's first cell is a heading for its row (`<th>` in the body). */
  rowHeaders?: boolean
}

/** One table block's text, its marks and its shape (offsets into that text). */
export interface TablePiece {
  text: string
  marks: DraftMark[]
  table: TableShape
  /** The part of the caption that holds claims (after its label), as offsets into `text`. */
  claimSpan: TextSpan | null
}

/** What a table turns into: table blocks, or the paragraphs of a table that was only layout. */
export type TableReading =
  { kind: 'table'; pieces: TablePiece[] } | { kind: 'text'; paragraphs: MarkedText[] }

/** "Table 2:", "Chart 1 —", "Fig. 3." leading a caption: a label, not part of a sentence. */
const captionLabel =
  /^(?:table|tab\.|chart|figure|fig\.|exhibit|graph)\s*[0-9]+[A-Za-z]?\s*(?:[.:—–|]|-\s)\s*/i

const CELL_SEPARATOR = '\t'
const ROW_SEPARATOR = '\n'

/** Extra cells of a row wider than the model holds, folded into its last column. */
function withinColumns(row: MarkedText[]): MarkedText[] {
  if (row.length <= MAX_TABLE_COLUMNS) return row
  const kept = row.slice(0, MAX_TABLE_COLUMNS - 1)
  const folded: MarkedText = { text: '', marks: [] }
  for (const cell of row.slice(MAX_TABLE_COLUMNS - 1)) {
    if (!cell.text) continue
    if (folded.text) folded.text += ' '
    const offset = folded.text.length
    folded.text += cell.text
    for (const mark of cell.marks)
      folded.marks.push({ ...mark, start: mark.start + offset, end: mark.end + offset })
  }
  return [...kept, folded]
}

/** Appends text with its marks to a piece under construction, returning where it landed. */
function append(piece: TablePiece, cell: MarkedText): TextSpan {
  const start = piece.text.length
  piece.text += cell.text
  for (const mark of cell.marks)
    piece.marks.push({ ...mark, start: mark.start + start, end: mark.end + start })
  return { start, end: piece.text.length }
}

function appendRow(piece: TablePiece, row: readonly MarkedText[]): TextSpan[] {
  if (piece.text) piece.text += ROW_SEPARATOR
  return row.map((cell, index) => {
    if (index > 0) piece.text += CELL_SEPARATOR
    return append(piece, cell)
  })
}

const normalized = (cell: MarkedText): MarkedText => normalizeMarked(cell.text, cell.marks)

/** Reads a table an importer found: as table blocks, or as paragraphs when it is only layout. */
export function readTable(draft: TableDraft): TableReading {
  const caption = draft.caption ? normalized(draft.caption) : null
  const header = withinColumns(draft.header.map(normalized))
  const rows = draft.rows
    .map((row) => withinColumns(row.map(normalized)))
    .filter((row) => row.some((cell) => cell.text))
  const filled = [...header, ...rows.flat()].filter((cell) => cell.text)
  if (filled.length <= 1) {
    return { kind: 'text', paragraphs: [...(caption?.text ? [caption] : []), ...filled] }
  }
  const hasHeader = header.some((cell) => cell.text)
  const pieces: TablePiece[] = []
  for (let first = 0; first < Math.max(rows.length, 1); first += MAX_TABLE_ROWS) {
    const piece: TablePiece = { text: '', marks: [], table: { header: [], rows: [] }, claimSpan: null }
    // The caption and the header open the table; the blocks that carry on its rows have neither.
    if (first === 0 && caption?.text) {
      const span = append(piece, caption)
      piece.table.caption = span
      const label = captionLabel.exec(caption.text)?.[0].length ?? 0
      if (label < caption.text.length) piece.claimSpan = { start: span.start + label, end: span.end }
    }
    if (first === 0 && hasHeader) piece.table.header = appendRow(piece, header)
    for (const row of rows.slice(first, first + MAX_TABLE_ROWS)) piece.table.rows.push(appendRow(piece, row))
    if (draft.rowHeaders) piece.table.rowHeaders = true
    pieces.push(piece)
  }
  return { kind: 'table', pieces }
}

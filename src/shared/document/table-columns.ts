/**
 * Which columns of a table hold figures ("4.1%", "£480", "+2", "—" for none): the reading view and
 * the Markdown export line them up on the right, as figures are read down a column.
 */
import type { TableShape } from '../model'

/** A figure, a share, a sum of money, a change, or a dash or "n/a" standing for none. */
const figure = /^(?:[-+−–~≈<>]?\s?[$£€¥]?\s?\d[\d,.\s]*(?:%|[kKmMbB]n?|pp|pts?)?|[-—–]|n\/?a)$/i

/** The table's width: its widest row, header included. */
export function tableWidth(table: TableShape): number {
  return Math.max(table.header.length, ...table.rows.map((row) => row.length))
}

/** The columns whose body cells are all figures (at least one with a digit); row headings never. */
export function figureColumns(table: TableShape, text: string): Set<number> {
  const columns = new Set<number>()
  for (let column = table.rowHeaders ? 1 : 0; column < tableWidth(table); column++) {
    const cells = table.rows.flatMap((row) => {
      const span = row[column]
      const value = span ? text.slice(span.start, span.end).trim() : ''
      return value ? [value] : []
    })
    if (cells.some((value) => /\d/.test(value)) && cells.every((value) => figure.test(value)))
      columns.add(column)
  }
  return columns
}

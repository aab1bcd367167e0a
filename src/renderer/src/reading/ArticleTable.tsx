/**
 * A table of the article as a real table: its caption (whose sentences are claims), a header row of
 * `<th scope="col">`, and body rows, each row's first cell a `<th scope="row">` when it heads its
 * row. Cells are plain article text (highlights and search hits, no claims). A wide table scrolls
 * sideways inside a focusable region, so the page itself never does; columns of figures line up
 * on the right.
 */
import { useId, useMemo, type ReactNode } from 'react'
import { figureColumns, tableWidth } from '../../../shared/document/table-columns'
import type { TableShape, TextSpan } from '../../../shared/model'

interface ArticleTableProps {
  table: TableShape
  text: string
  /** The caption's text with its claims; null without a caption. */
  caption: ReactNode
  /** A cell's text, with its formatting, highlights and search hits. */
  cell: (span: TextSpan) => ReactNode
}

/** A cell longer than this (in characters) is words, not a label. */
const PROSE_CELL = 24

export function ArticleTable({ table, text, caption, cell }: ArticleTableProps) {
  const captionId = useId()
  const width = tableWidth(table)
  const figures = useMemo(() => figureColumns(table, text), [table, text])
  const align = (column: number) => (figures.has(column) ? 'article-table-figure' : undefined)
  // A cell of several words gets room for a few a line rather than one.
  const classOf = (span: TextSpan, column: number) =>
    align(column) ?? (span.end - span.start > PROSE_CELL ? 'article-table-prose' : undefined)
  const padding = (cells: number, row: number) =>
    Array.from({ length: width - cells }, (_, index) => (
      <td key={`pad-${row}-${index}`} className={align(cells + index)} />
    ))
  return (
    <div
      className="article-table-scroll"
      role="region"
      tabIndex={0}
      {...(table.caption ? { 'aria-labelledby': captionId } : { 'aria-label': 'Table' })}
    >
      <table className="article-table">
        {table.caption ? <caption id={captionId}>{caption}</caption> : null}
        {table.header.length > 0 ? (
          <thead>
            <tr>
              {table.header.map((span, column) =>
                // An empty place (above row headings, or under a spanning heading) heads nothing.
                span.start === span.end ? (
                  <td key={span.start} />
                ) : (
                  <th key={span.start} scope="col" className={classOf(span, column)}>
                    {cell(span)}
                  </th>
                )
              )}
              {Array.from({ length: width - table.header.length }, (_, index) => (
                <td key={`pad-${index}`} />
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={row[0]?.start ?? index}>
              {row.map((span, column) =>
                column === 0 && table.rowHeaders ? (
                  <th key={span.start} scope="row">
                    {cell(span)}
                  </th>
                ) : (
                  <td key={span.start} className={classOf(span, column)}>
                    {cell(span)}
                  </td>
                )
              )}
              {padding(row.length, index)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

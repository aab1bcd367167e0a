import { describe, expect, it } from 'vitest'
import { buildArticle } from './build-article'
import { figureColumns } from './table-columns'

function columnsOf(header: string[], rows: string[][], rowHeaders = false): number[] {
  const cell = (text: string) => ({ text, marks: [] })
  const article = buildArticle({
    title: 'T',
    source: 't.md',
    blocks: [
      {
        type: 'table',
        text: '',
        table: { header: header.map(cell), rows: rows.map((row) => row.map(cell)), rowHeaders }
      }
    ]
  })
  const table = article.blocks.find((block) => block.table)!.table!
  return [...figureColumns(table, article.text)]
}

describe('columns of figures', () => {
  it('are those whose cells are shares, sums, changes or a dash for none', () => {
    expect(
      columnsOf(
        ['Ward', 'Rate', 'Bill', 'Change', 'Note'],
        [
          ['North', '4.1%', '£480', '+2.2', 'new mains'],
          ['South', '3,900', '$1.2bn', '—', 'n/a'],
          ['East', '12', '€90', '−0.4 pp', '']
        ]
      )
    ).toEqual([1, 2, 3])
  })

  it('leave out a row-heading column, a column of dashes alone, and years in words', () => {
    expect(
      columnsOf(
        ['Year', 'Rate', 'Status'],
        [
          ['2022', '—', 'in 2022'],
          ['2023', '—', 'from 2023']
        ],
        true
      )
    ).toEqual([])
  })
})

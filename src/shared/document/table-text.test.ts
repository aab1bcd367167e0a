import { describe, expect, it } from 'vitest'
import { Article, Block, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, type TableShape } from '../model'
import { buildArticle, type TableDraft } from './build-article'

const cell = (text: string) => ({ text, marks: [] })
const row = (...texts: string[]) => texts.map(cell)

function articleWith(table: TableDraft) {
  return buildArticle({
    title: 'Jobs',
    source: 'jobs.html',
    blocks: [
      { type: 'title', text: 'Jobs' },
      { type: 'paragraph', text: 'The jobless rate rose last year.' },
      { type: 'table', text: '', table }
    ]
  })
}

const unemployment: TableDraft = {
  caption: cell('Table 2: Unemployment rose 2% in 2023'),
  header: row('Rank', 'Region', 'Rate'),
  rows: [row('1', 'North', '5%'), row('2', 'South  \n 4.1%', '-')],
  rowHeaders: true
}

describe('a table in an article', () => {
  const article = articleWith(unemployment)
  const block = article.blocks.find((entry) => entry.type === 'table')!
  const table = block.table as TableShape
  const textOf = (span: { start: number; end: number }) => article.text.slice(span.start, span.end)

  it('lays its caption and rows out as text: cells by tabs, rows by line breaks', () => {
    expect(article.text.slice(block.start, block.end)).toBe(
      'Table 2: Unemployment rose 2% in 2023\nRank\tRegion\tRate\n1\tNorth\t5%\n2\tSouth 4.1%\t-'
    )
    expect(textOf(table.caption!)).toBe('Table 2: Unemployment rose 2% in 2023')
    expect(table.header.map(textOf)).toEqual(['Rank', 'Region', 'Rate'])
    expect(table.rows.map((cells) => cells.map(textOf))).toEqual([
      ['1', 'North', '5%'],
      ['2', 'South 4.1%', '-']
    ])
    expect(table.rowHeaders).toBe(true)
  })

  it('takes claims from the caption’s sentence, after its label, and none from the cells', () => {
    const claims = article.claims.map(textOf)
    expect(claims).toEqual(['The jobless rate rose last year.', 'Unemployment rose 2% in 2023'])
  })

  it('is a block the model accepts, and one whose cells stray outside it is refused', () => {
    expect(Article.safeParse(article).success).toBe(true)
    const stray = { ...block, table: { ...table, rows: [[{ start: block.end - 1, end: block.end + 3 }]] } }
    expect(Block.safeParse(stray).error?.issues[0]?.message).toBe('A table cell lies outside its table.')
    expect(Block.safeParse({ type: 'paragraph', start: 0, end: 4, table }).success).toBe(false)
    expect(Block.safeParse({ type: 'table', start: 0, end: 4 }).success).toBe(false)
  })
})

describe('tables that are not data', () => {
  it('reads a table of one cell (a page’s layout) as a paragraph whose sentences are claims', () => {
    const article = articleWith({ header: [], rows: [row('The council met on Monday. It voted 7 to 2.')] })
    expect(article.blocks.map((block) => block.type)).toEqual(['title', 'paragraph', 'paragraph'])
    expect(article.claims).toHaveLength(3)
  })

  it('drops a table with no words at all', () => {
    const article = articleWith({ header: row('', ''), rows: [row(' ', '')] })
    expect(article.blocks.map((block) => block.type)).toEqual(['title', 'paragraph'])
  })

  it('folds cells beyond the widest table the model holds into its last column', () => {
    const wide = Array.from({ length: MAX_TABLE_COLUMNS + 2 }, (_, index) => `c${index + 1}`)
    const article = articleWith({ header: [], rows: [wide, wide].map((texts) => row(...texts)) })
    const block = article.blocks.at(-1)!
    expect(block.table?.rows[0]).toHaveLength(MAX_TABLE_COLUMNS)
    const last = block.table!.rows[0]!.at(-1)!
    expect(article.text.slice(last.start, last.end)).toBe(`c${MAX_TABLE_COLUMNS} c65 c66`)
    expect(Article.safeParse(article).success).toBe(true)
  })

  it('carries a longer table on in further table blocks, with the caption and header only once', () => {
    const rows = Array.from({ length: MAX_TABLE_ROWS + 3 }, (_, index) => row(`${index + 1}`, 'x'))
    const article = articleWith({ caption: cell('Every ward'), header: row('Ward', 'Seat'), rows })
    const tables = article.blocks.filter((block) => block.type === 'table')
    expect(tables.map((block) => block.table!.rows.length)).toEqual([MAX_TABLE_ROWS, 3])
    expect(tables.map((block) => [Boolean(block.table!.caption), block.table!.header.length])).toEqual([
      [true, 2],
      [false, 0]
    ])
    expect(Article.safeParse(article).success).toBe(true)
  })

  it('holds no claims in a caption that is only a label', () => {
    const article = articleWith({ caption: cell('Table 3.'), header: row('A', 'B'), rows: [row('1', '2')] })
    expect(article.claims).toHaveLength(1)
  })
})

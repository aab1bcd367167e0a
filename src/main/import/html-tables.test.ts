/** Tables and lists of a page through both HTML paths: data tables stay tables, layout tables do not. */
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../shared/document/build-article'
import type { Article, Block } from '../../shared/model'
import { readableHtmlArticle } from './html-article'
import { parseLargeHtmlArticle } from './large-html-article'

const prose =
  '<p>The city’s jobless rate fell in the spring, officials told the council on Monday, and the ' +
  'figures below come from the statistics office’s quarterly survey of households.</p>'

const page = `<!doctype html><html><head><title>Jobs in Eastfield</title></head><body><article>
<h1>Jobs in Eastfield</h1>${prose}
<figure><table><thead><tr><th>Year</th><th>Rate</th><th>Change</th></tr></thead>
<tbody><tr><th>2022</th><td>3%</td><td>—</td></tr><tr><th>2023</th><td><a href="https://stats.example.org/2023">5%</a></td><td>+2</td></tr></tbody>
<tfoot><tr><td>Total</td><td colspan="2">n/a</td></tr></tfoot></table>
<figcaption>Unemployment rose 2% in 2023, the office said.</figcaption></figure>
<table><caption>Table 4: Seats by ward</caption><tr><th>Ward</th><th>Seats</th></tr><tr><td>North</td><td>4</td></tr></table>
<ol start="3"><li>Third, the tram line opened.</li><li>Fourth, fares rose.<ul><li>Single fares by 10p.</li></ul></li></ol>
<ul><li><p>Bus routes were cut.</p><p>Two will return.</p></li></ul>
<table><tr><td><p>Layout column one holds a paragraph.</p><p>And a second one.</p></td><td>Sidebar words.</td></tr></table>
<table><tr><td>One lonely cell of text in a table that is only there for spacing.</td></tr></table>
<p>The council meets again in June to set next year’s budget for the city’s services.</p>
</article></body></html>`

const textOf = (article: Article, span: { start: number; end: number }) =>
  article.text.slice(span.start, span.end)

describe.each([
  ['an ordinary page (Readability)', readableHtmlArticle],
  ['a large page (parse5, piecewise)', parseLargeHtmlArticle]
])('tables and lists on %s', (_label, parse) => {
  const article = buildArticle(parse(page, 'jobs.html'))
  const tables = article.blocks.filter((block) => block.type === 'table')
  const cells = (block: Block) => ({
    caption: block.table?.caption ? textOf(article, block.table.caption) : null,
    header: block.table?.header.map((span) => textOf(article, span)),
    rows: block.table?.rows.map((row) => row.map((span) => textOf(article, span))),
    rowHeaders: block.table?.rowHeaders ?? false
  })

  it('reads a data table with its header row, row headings, footer and its figure’s caption', () => {
    expect(cells(tables[0]!)).toEqual({
      caption: 'Unemployment rose 2% in 2023, the office said.',
      header: ['Year', 'Rate', 'Change'],
      rows: [
        ['2022', '3%', '—'],
        ['2023', '5%', '+2'],
        ['Total', 'n/a', '']
      ],
      rowHeaders: false
    })
    const link = article.inlines?.find((mark) => mark.kind === 'link')
    expect(link && textOf(article, link)).toBe('5%')
  })

  it('takes a first row of <th> as the header and keeps a <caption>', () => {
    expect(cells(tables[1]!)).toEqual({
      caption: 'Table 4: Seats by ward',
      header: ['Ward', 'Seats'],
      rows: [['North', '4']],
      rowHeaders: false
    })
  })

  it('finds claims in a caption’s sentences and never in a cell', () => {
    const claims = article.claims.map((claim) => textOf(article, claim))
    expect(claims).toContain('Unemployment rose 2% in 2023, the office said.')
    expect(claims).toContain('Seats by ward')
    for (const table of tables) {
      for (const cell of [...table.table!.header, ...table.table!.rows.flat()]) {
        expect(article.claims.some((claim) => claim.start < cell.end && claim.end > cell.start)).toBe(false)
      }
    }
  })

  it('keeps each list item’s number (from <ol start>) or bullet, and its depth', () => {
    const items = article.blocks
      .filter((block) => block.type === 'list-item')
      .map((block) => [block.marker, block.depth ?? 1, textOf(article, block)])
    expect(items).toEqual([
      ['3.', 1, 'Third, the tram line opened.'],
      ['4.', 1, 'Fourth, fares rose.'],
      ['•', 2, 'Single fares by 10p.'],
      ['•', 1, 'Bus routes were cut.'],
      ['', 1, 'Two will return.']
    ])
  })

  it('reads a layout table (cells holding paragraphs, or a single cell) as paragraphs', () => {
    expect(tables).toHaveLength(2)
    const paragraphs = article.blocks
      .filter((block) => block.type === 'paragraph')
      .map((block) => textOf(article, block))
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'Layout column one holds a paragraph.',
        'And a second one.',
        'Sidebar words.',
        'One lonely cell of text in a table that is only there for spacing.'
      ])
    )
  })
})

describe('cells spanning columns and rows', () => {
  const spanned = `<!doctype html><html><head><title>Votes</title></head><body><article>
<h1>Votes by ward</h1>${prose}
<table><thead><tr><th rowspan="2">Ward</th><th colspan="2">2022</th><th colspan="2">2023</th></tr>
<tr><th>Yes</th><th>No</th><th>Yes</th><th>No</th></tr></thead>
<tbody><tr><th rowspan="2">North</th><td>10</td><td>4</td><td colspan="2">not held</td></tr>
<tr><td>8</td><td>6</td><td>9</td><td>5</td></tr>
<tr><th>South</th><td>3</td><td>7</td><td>4</td><td colspan="javascript:1">6</td></tr></tbody></table>
${prose}</article></body></html>`

  it.each([
    ['an ordinary page', readableHtmlArticle],
    ['a large page', parseLargeHtmlArticle]
  ])('line their columns up on %s, spanned places left empty', (_label, parse) => {
    const article = buildArticle(parse(spanned, 'votes.html'))
    const table = article.blocks.find((block) => block.table)!.table!
    const text = (span: { start: number; end: number }) => article.text.slice(span.start, span.end)
    expect(table.header.map(text)).toEqual(['Ward', 'Yes', 'No', 'Yes', 'No'])
    expect(table.rows.map((row) => row.map(text))).toEqual([
      ['', '2022', '', '2023', ''],
      ['North', '10', '4', 'not held', ''],
      ['', '8', '6', '9', '5'],
      ['South', '3', '7', '4', '6']
    ])
  })
})

describe('list numbers the sanitizer refuses', () => {
  it('numbers from 1 when <ol start> is not a whole number', () => {
    const hostile = page.replace('<ol start="3">', '<ol start="javascript:alert(1)">')
    for (const parse of [readableHtmlArticle, parseLargeHtmlArticle]) {
      const article = buildArticle(parse(hostile, 'jobs.html'))
      expect(article.blocks.find((block) => block.type === 'list-item')?.marker).toBe('1.')
    }
  })
})

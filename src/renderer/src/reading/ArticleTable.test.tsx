import { screen, within } from '@testing-library/react'
import { createRef } from 'react'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../../shared/document/build-article'
import { SCHEMA_VERSION, emptyAnnotations, type StoredDocument } from '../../../shared/model'
import type { Mark } from '../../../shared/review/text-pieces'
import { testNow } from '../../../../test/support/renderer/documents'
import { renderWithHost } from '../../../../test/support/renderer/render'
import type { Reveal } from './reveal'
import { ReadingView } from './ReadingView'

const cell = (text: string) => ({ text, marks: [] })

function jobsDocument(): StoredDocument {
  const article = buildArticle({
    title: 'Jobs in Eastfield',
    source: 'https://news.example.org/jobs',
    blocks: [
      { type: 'title', text: 'Jobs in Eastfield' },
      { type: 'paragraph', text: 'The jobless rate rose last year.' },
      {
        type: 'table',
        text: '',
        table: {
          caption: cell('Table 1: Unemployment rose 2% in 2023'),
          header: ['Year', 'Rate', 'Change'].map(cell),
          rows: [['2022', '3%', '—'].map(cell), ['2023', '5%'].map(cell)],
          rowHeaders: true
        }
      },
      { type: 'list-item', text: 'Fares rose.', marker: '3.' },
      { type: 'list-item', text: 'Routes were cut.', marker: '•', depth: 2 }
    ]
  })
  return {
    ...article,
    schemaVersion: SCHEMA_VERSION,
    id: 'doc-1',
    addedAt: testNow,
    annotations: emptyAnnotations()
  }
}

function renderArticle(document: StoredDocument, marks: Mark[] = []) {
  const selected: string[] = []
  const view = renderWithHost(
    <ReadingView
      document={document}
      selectedClaimId={null}
      onSelectClaim={(id) => selected.push(id)}
      marks={marks}
      markStyle={{ highlightColor: new Map(), currentHit: null }}
      noteHits={new Map()}
      matching={null}
      analysis={null}
      onShowCheck={() => {}}
      revealRef={createRef<Reveal>()}
    />
  )
  return { ...view, selected }
}

describe('a table in the reading view', () => {
  it('is a table named by its caption, with column and row headings', () => {
    renderArticle(jobsDocument())
    // jsdom's accessible names drop the space between the caption's label and its claim.
    const name = /^Table 1: ?Unemployment rose 2% in 2023$/
    const table = screen.getByRole('table', { name })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent)
    ).toEqual(['Year', 'Rate', 'Change'])
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent)
    ).toEqual(['2022', '2023'])
    expect(within(table).getAllByRole('columnheader')[0]).toHaveProperty('scope', 'col')
    // The short row is padded, so every row has as many cells as the header.
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.children.length)
    ).toEqual([3, 3, 3])
    expect(screen.getByRole('region', { name }).tabIndex).toBe(0)
  })

  it('offers the caption’s sentence as a claim and no claim in any cell', async () => {
    const { user, selected } = renderArticle(jobsDocument())
    const table = screen.getByRole('table')
    const claims = within(table).getAllByRole('button')
    expect(claims.map((claim) => claim.textContent)).toEqual(['Unemployment rose 2% in 2023'])
    for (const cell of [...table.querySelectorAll('td'), ...table.querySelectorAll('th')]) {
      expect(within(cell as HTMLElement).queryByRole('button')).toBeNull()
    }
    await user.click(claims[0]!)
    expect(selected).toEqual(['c2'])
  })

  it('draws a highlight inside the cell it covers', () => {
    const jobs = jobsDocument()
    const rate = jobs.blocks.find((block) => block.table)!.table!.rows[1]![1]!
    renderArticle(jobs, [{ start: rate.start, end: rate.end, key: 'h:one' }])
    const highlight = document.body.querySelector('.highlight')
    expect(highlight?.textContent).toBe('5%')
    expect(highlight?.closest('td')).not.toBeNull()
  })

  it('lines the figures of a column up on the right', () => {
    renderArticle(jobsDocument())
    const [, rate] = screen.getAllByRole('columnheader')
    expect(rate?.className).toBe('article-table-figure')
    expect(screen.getAllByRole('columnheader')[0]?.className).toBe('')
  })
})

describe('a table whose header has an empty place', () => {
  it('heads only the columns that have a heading', () => {
    const article = buildArticle({
      title: 'Votes',
      source: 'votes.html',
      blocks: [
        { type: 'title', text: 'Votes' },
        {
          type: 'table',
          text: '',
          table: {
            header: ['', 'Yes', 'No'].map(cell),
            rows: [['North', '10', '4'].map(cell)],
            rowHeaders: true
          }
        }
      ]
    })
    renderArticle({
      ...article,
      schemaVersion: SCHEMA_VERSION,
      id: 'doc-2',
      addedAt: testNow,
      annotations: emptyAnnotations()
    })
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Yes', 'No'])
    expect(screen.getByRole('rowheader').textContent).toBe('North')
  })
})

describe('list items in the reading view', () => {
  it('keep their number or bullet, and their depth', () => {
    renderArticle(jobsDocument())
    const items = [...document.body.querySelectorAll('.article-list-item')]
    expect(items.map((item) => [item.textContent, item.getAttribute('data-depth')])).toEqual([
      ['3. Fares rose.', '1'],
      ['• Routes were cut.', '2']
    ])
  })
})

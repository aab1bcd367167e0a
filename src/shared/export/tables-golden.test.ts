/**
 * Golden files for an article with a table and numbered, nested lists: the annotated Markdown
 * (a GFM table with its pipes escaped, lists with their numbers) and the backup, which must read
 * back as the same document (`npx vitest run src/shared/export -u` rewrites them).
 */
import { describe, expect, it } from 'vitest'
import { StoredDocument } from '../model'
import { exportedAt, tablesArticle } from '../../../test/fixtures/export/tables-article'
import { exportBackup, parseBackup } from './backup'
import { exportAnnotatedArticle } from './markdown-article'
import { parseMarkdown } from '../import/markdown'

const document = tablesArticle()
const golden = (name: string) => `../../../test/fixtures/export/golden/${name}`

describe('golden exports of an article with a table and lists', () => {
  it('Markdown annotated article', async () => {
    await expect(exportAnnotatedArticle(document, { exportedAt })).toMatchFileSnapshot(
      golden('tables.article.md')
    )
  })

  it('writes a table that Markdown reads back cell for cell', () => {
    const markdown = exportAnnotatedArticle(document, { exportedAt })
    const table = parseMarkdown(markdown, 'water.md').blocks.find((block) => block.type === 'table')?.table
    expect(table?.header.map((cell) => cell.text)).toEqual(['Ward', 'Bill (£)', 'Change'])
    expect(table?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['North | East', '480', '+4%'],
      ['South*', '452', '—'],
      ['Old Town', '431', '']
    ])
  })

  it('backup, which reads back as the same document, table and list markers included', async () => {
    const backup = exportBackup(document, { exportedAt, generator: 'Claimcheck 0.1.0' })
    await expect(backup).toMatchFileSnapshot(golden('tables.backup.claimcheck.json'))
    const restored = parseBackup('water.claimcheck.json', backup).document
    expect(restored).toEqual(document)
    expect(StoredDocument.parse(restored).blocks.find((block) => block.table)?.table?.rowHeaders).toBe(true)
  })
})

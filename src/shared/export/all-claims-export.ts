/**
 * The All claims view's results, exported like a document: a spreadsheet (one row per claim, with
 * its document) or Markdown (grouped by document, each claim with its status, note, tags and
 * sources as footnotes labelled per document).
 */
import type { FootnoteDefinition, PhrasingContent, Root, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { stringify as toYaml } from 'yaml'
import type { LibraryClaim } from '../all-claims/all-claims'
import { statusLabel } from '../model'
import { csvRow } from './csv'
import { footnoteLabels, reviewDetails, text } from './mdast-parts'

export const DESK_CSV_COLUMNS = [
  'document',
  'position',
  'claim',
  'status',
  'note',
  'tags',
  'sources',
  'kinds',
  'check_worthiness'
] as const

export function exportAllClaimsCsv(rows: readonly LibraryClaim[]): string {
  const lines = rows.map((row) =>
    csvRow([
      row.documentTitle,
      String(row.position),
      row.text,
      row.status ? statusLabel[row.status] : '',
      row.note,
      row.tags.join(', '),
      row.sources.map((source) => (source.title ? `${source.title} <${source.url}>` : source.url)).join('\n'),
      row.kinds.join(', '),
      row.score.toFixed(2)
    ])
  )
  return `\uFEFF${[csvRow(DESK_CSV_COLUMNS), ...lines].join('\r\n')}\r\n`
}

export interface AllClaimsMarkdownOptions {
  exportedAt: string
  /** What the rows were chosen by, in words: "Disputed, tagged budget". */
  filter: string
}

export function exportAllClaimsMarkdown(
  rows: readonly LibraryClaim[],
  options: AllClaimsMarkdownOptions
): string {
  const children: RootContent[] = [
    {
      type: 'yaml',
      value: toYaml({
        title: 'All claims',
        filter: options.filter,
        exported: options.exportedAt,
        claims: rows.length
      }).trimEnd()
    },
    { type: 'heading', depth: 1, children: [text('All claims')] },
    { type: 'paragraph', children: [text(`${rows.length} claims — ${options.filter}.`)] }
  ]
  const footnotes: FootnoteDefinition[] = []
  const labels = new Map<string, () => string>()
  let documentId: string | null = null
  for (const row of rows) {
    if (row.documentId !== documentId) {
      documentId = row.documentId
      children.push({ type: 'heading', depth: 2, children: [text(row.documentTitle || 'Untitled')] })
    }
    const head: PhrasingContent[] = [text(row.text)]
    if (row.status) head.push(text(' '), { type: 'strong', children: [text(`(${statusLabel[row.status]})`)] })
    children.push({ type: 'blockquote', children: [{ type: 'paragraph', children: head }] })
    let next = labels.get(row.documentId)
    if (!next) labels.set(row.documentId, (next = footnoteLabels(row.documentId)))
    children.push(...reviewDetails(row, next, footnotes))
  }
  children.push(...footnotes)
  const root: Root = { type: 'root', children }
  return toMarkdown(root, { extensions: [gfmToMarkdown(), frontmatterToMarkdown(['yaml'])], bullet: '-' })
}

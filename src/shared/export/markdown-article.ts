/**
 * The annotated article (Markdown): the whole article in reading order — title, headings,
 * paragraphs, lists (bulleted or numbered, nested), block quotes and tables (GFM, the caption as a
 * paragraph above), with its emphasis and links — where each reviewed claim
 * carries its verdict in bold after it and its note, tags and sources in a footnote (labelled for this
 * document alone, so two exports can share a file). A sentence marked "not a claim" reads as plain
 * text (it is only counted in the front matter). Built as an
 * mdast tree, so nothing in the article or the notes can break the Markdown.
 */
import type {
  BlockContent,
  FootnoteDefinition,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
  TableCell,
  TableRow
} from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { stringify as toYaml } from 'yaml'
import { footnoteLabels, label, labelledNote, sourceCitation, text } from './mdast-parts'
import { textWithLinks } from './text-with-links'
import { countStatuses } from '../annotations/counts'
import {
  isVerdict,
  statusLabel,
  type Block,
  type ClaimReview,
  type InlineMark,
  type StoredDocument,
  type TableShape,
  type TextSpan
} from '../model'
import { isWebLink } from '../security/web-link'
import { claimsInReadingOrder, type ReviewedClaim } from './review-parts'
import { figureColumns, tableWidth } from '../document/table-columns'

export interface AnnotatedArticleOptions {
  /** ISO date-time of the export; passed in so the output is reproducible. */
  exportedAt: string
}

/**
 * The text from `start` to `end` with the inline marks inside it; a mark that crosses the edge of
 * the range (a link spanning two claims) is cut at the edge.
 */
function marked(source: string, start: number, end: number, marks: readonly InlineMark[]): PhrasingContent[] {
  const inside = marks
    .filter((mark) => mark.start < end && mark.end > start)
    .map((mark) => ({ ...mark, start: Math.max(mark.start, start), end: Math.min(mark.end, end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const nodes: PhrasingContent[] = []
  let cursor = start
  for (const mark of inside) {
    // Marks inside one already drawn are drawn by the recursive call for it.
    if (mark.start < cursor) continue
    if (mark.start > cursor) nodes.push(text(source.slice(cursor, mark.start)))
    const children = marked(
      source,
      mark.start,
      mark.end,
      inside.filter((other) => other !== mark && other.start >= mark.start && other.end <= mark.end)
    )
    if (mark.kind === 'link' && mark.href && isWebLink(mark.href)) {
      nodes.push({ type: 'link', url: mark.href, children })
    } else if (mark.kind === 'emphasis') nodes.push({ type: 'emphasis', children })
    else if (mark.kind === 'strong') nodes.push({ type: 'strong', children })
    else nodes.push(...children)
    cursor = mark.end
  }
  if (cursor < end) nodes.push(text(source.slice(cursor, end)))
  return nodes
}

/** What the footnote says: the note, then tags and sources; empty when there is nothing to say. */
function footnoteBody(review: ClaimReview): BlockContent[] {
  const body: BlockContent[] = review.note.trim() ? labelledNote(review.note) : []
  if (review.tags.length > 0) {
    body.push({ type: 'paragraph', children: [...label('Tags'), ...textWithLinks(review.tags.join(', '))] })
  }
  if (review.sources.length > 0) {
    body.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: review.sources.map((source): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: sourceCitation(source) }]
      }))
    })
  }
  return body
}

const ordinal = /^(\d{1,9})[.)]$/

/**
 * Adds a list item where it belongs: in the list at its depth (nested in the last item above it),
 * a new list when it changes from bullets to numbers, or, with no marker, as a further paragraph
 * of the item before it.
 */
function addListItem(children: RootContent[], block: Block, paragraph: BlockContent): void {
  const number = ordinal.exec(block.marker ?? '')
  let siblings: (RootContent | BlockContent)[] = children
  for (let depth = 1; depth < (block.depth ?? 1); depth++) {
    const list = siblings.at(-1)
    const item = list?.type === 'list' ? list.children.at(-1) : undefined
    if (!item) break
    siblings = item.children
  }
  const last = siblings.at(-1)
  if (block.marker === '' && last?.type === 'list' && last.children.length > 0) {
    const item = last.children.at(-1)!
    item.children.push(paragraph)
    item.spread = true
    last.spread = true
    return
  }
  const item: ListItem = { type: 'listItem', spread: false, children: [paragraph] }
  const ordered = number !== null
  if (last?.type === 'list' && last.ordered === ordered) last.children.push(item)
  else
    siblings.push({
      type: 'list',
      ordered,
      ...(number ? { start: Number(number[1]) } : {}),
      spread: false,
      children: [item]
    })
}

export function exportAnnotatedArticle(document: StoredDocument, options: AnnotatedArticleOptions): string {
  const counts = countStatuses(document, document.annotations)
  const marks = document.inlines ?? []
  const claims = claimsInReadingOrder(document)
  const footnotes: FootnoteDefinition[] = []
  const nextLabel = footnoteLabels(document.id)
  let next = 0

  /** The text from `start` to `end`: its claims, each followed by its status and footnote reference. */
  const phrasingOf = (start: number, end: number): PhrasingContent[] => {
    const nodes: PhrasingContent[] = []
    let cursor = start
    while (next < claims.length && (claims[next] as ReviewedClaim).claim.start < end) {
      const { claim, review } = claims[next] as ReviewedClaim
      next++
      nodes.push(...marked(document.text, cursor, claim.end, marks))
      cursor = claim.end
      if (!review) continue
      if (isVerdict(review.status))
        nodes.push(text(' '), { type: 'strong', children: [text(`(${statusLabel[review.status]})`)] })
      const body = footnoteBody(review)
      if (body.length > 0) {
        const identifier = nextLabel()
        nodes.push({ type: 'footnoteReference', identifier, label: identifier })
        footnotes.push({ type: 'footnoteDefinition', identifier, label: identifier, children: body })
      }
    }
    nodes.push(...marked(document.text, cursor, end, marks))
    return nodes
  }
  const blockPhrasing = (block: Block): PhrasingContent[] => phrasingOf(block.start, block.end)

  /** A table: its caption (with its claims) as a paragraph, then a GFM table of its cells. */
  const tableContent = (table: TableShape): RootContent[] => {
    const content: RootContent[] = []
    if (table.caption)
      content.push({ type: 'paragraph', children: phrasingOf(table.caption.start, table.caption.end) })
    const width = tableWidth(table)
    const figures = figureColumns(table, document.text)
    const row = (spans: readonly TextSpan[], strongFirst: boolean): TableRow => ({
      type: 'tableRow',
      children: Array.from({ length: width }, (_, column): TableCell => {
        const span = spans[column]
        const cell = span ? marked(document.text, span.start, span.end, marks) : []
        return {
          type: 'tableCell',
          children: strongFirst && column === 0 && cell.length ? [{ type: 'strong', children: cell }] : cell
        }
      })
    })
    // GFM tables always have a header row: an empty one when the table had none.
    content.push({
      type: 'table',
      // Columns of figures line up on the right, as in the reading view.
      align: Array.from({ length: width }, (_, column) => (figures.has(column) ? 'right' : null)),
      children: [
        row(table.header, false),
        ...table.rows.map((cells) => row(cells, table.rowHeaders === true))
      ]
    })
    return content
  }

  const children: RootContent[] = [
    {
      type: 'yaml',
      value: toYaml({
        title: document.title,
        source: document.source,
        ...(document.byline ? { author: document.byline } : {}),
        ...(document.publishedAt ? { published: document.publishedAt } : {}),
        exported: options.exportedAt,
        claims: document.claims.length,
        verified: counts.verified,
        disputed: counts.disputed,
        needs_source: counts['needs-source'],
        not_a_claim: counts['not-a-claim'],
        unreviewed: counts.unreviewed
      }).trimEnd()
    }
  ]
  const hasTitleBlock = document.blocks.some((block) => block.type === 'title')
  if (!hasTitleBlock)
    children.push({ type: 'heading', depth: 1, children: [text(document.title || 'Untitled')] })
  for (const block of document.blocks) {
    if (block.table) {
      children.push(...tableContent(block.table))
      continue
    }
    const phrasing = blockPhrasing(block)
    const paragraph: BlockContent = { type: 'paragraph', children: phrasing }
    switch (block.type) {
      case 'title':
        children.push({ type: 'heading', depth: 1, children: phrasing })
        break
      case 'heading':
        children.push({ type: 'heading', depth: 2, children: phrasing })
        break
      case 'paragraph':
      case 'byline':
        children.push(paragraph)
        break
      case 'caption':
        children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: phrasing }] })
        break
      case 'blockquote':
        children.push({ type: 'blockquote', children: [paragraph] })
        break
      case 'list-item':
        addListItem(children, block, paragraph)
        break
      case 'table': // one without its cells (never written so) reads as its text
        children.push(paragraph)
        break
    }
  }
  children.push(...footnotes)
  const root: Root = { type: 'root', children }
  return toMarkdown(root, { extensions: [gfmToMarkdown(), frontmatterToMarkdown(['yaml'])], bullet: '-' })
}

/**
 * Turns a list of text blocks into an Article: one normalized text with blocks and claims as
 * offsets into it. Every importer (plain text, Markdown, HTML) ends here, so this is also where
 * lines that are not claims are told apart (non-claims.ts): page furniture is dropped, captions
 * and bylines become blocks of their own kind, and an opening dateline is left out of the claim.
 * Tables are laid out as text in table-text.ts; only their captions hold claims.
 */
import type { Article, Block, BlockType, Claim, InlineMark } from '../model'
import { MAX_LIST_DEPTH, MAX_LIST_MARKER } from './block-limits'
import { splitClaims } from '../claims'
import { normalizeInline, normalizeMarked, type DraftMark } from './inline-marks'
import { LONGEST_NON_CLAIM, datelineLength, isByline, isCaption, isPageFurniture } from './non-claims'
import { readTable, type TableDraft, type TablePiece } from './table-text'

export { normalizeInline } from './inline-marks'
export type { TableDraft } from './table-text'

export interface BlockText {
  type: BlockType
  text: string
  /** Emphasis, strong and links, as offsets into `text` (before it is normalized). */
  marks?: DraftMark[]
  /** List items: the bullet or number the source gave ('' for an item's further paragraph). */
  marker?: string
  /** List items: 2 and more inside nested lists. */
  depth?: number
  /** Tables (`type: 'table'`, whose `text` is not read): the caption, header and rows. */
  table?: TableDraft
}

export interface ArticleDraft {
  title: string
  source: string
  blocks: BlockText[]
  byline?: string
  siteName?: string
  publishedAt?: string
}

/** Block types whose sentences are claims; titles, headings, captions and bylines are not. */
const claimBearing: ReadonlySet<BlockType> = new Set(['paragraph', 'list-item', 'blockquote'])

export const BLOCK_SEPARATOR = '\n\n'

/**
 * What a block read from a file turns out to be: page furniture (null: dropped), a caption or a
 * byline, or what the importer said. `opening` is true before the article's first claim.
 */
function blockTypeOf(type: BlockType, text: string, opening: boolean): BlockType | null {
  // The text is normalized (whitespace collapsed): most paragraphs are too long to be anything else.
  if (type === 'title' || type === 'blockquote' || text.length > LONGEST_NON_CLAIM) return type
  if (isPageFurniture(text)) return null
  // Plain text reads short unpunctuated lines ("By Ana Ruiz", "Photo: …") as headings.
  if (type !== 'paragraph' && type !== 'heading') return type
  if (isCaption(text)) return 'caption'
  return isByline(text, opening) ? 'byline' : type
}

/** The claims of one block, leaving out a dateline that opens the article's first paragraph. */
function claimSpans(text: string, opening: boolean): { start: number; end: number }[] {
  const spans = splitClaims(text)
  const dateline = opening ? datelineLength(text) : 0
  if (dateline === 0) return spans
  return spans.flatMap((span) =>
    span.end <= dateline ? [] : [{ start: Math.max(span.start, dateline), end: span.end }]
  )
}

/** A list item's marker and depth, as far as the model holds them. */
function listFields(draft: BlockText): Pick<Block, 'marker' | 'depth'> {
  const fields: Pick<Block, 'marker' | 'depth'> = {}
  if (draft.marker !== undefined) fields.marker = draft.marker.slice(0, MAX_LIST_MARKER)
  if (draft.depth !== undefined && draft.depth > 1)
    fields.depth = Math.min(Math.floor(draft.depth), MAX_LIST_DEPTH)
  return fields
}

export function buildArticle(draft: ArticleDraft): Article {
  const blocks: Block[] = []
  const claims: Claim[] = []
  const inlines: InlineMark[] = []
  let text = ''
  const addClaims = (start: number, spans: readonly { start: number; end: number }[]): void => {
    for (const span of spans) {
      claims.push({ id: `c${claims.length + 1}`, start: start + span.start, end: start + span.end })
    }
  }
  const addTable = (piece: TablePiece): void => {
    if (text) text += BLOCK_SEPARATOR
    const start = text.length
    text += piece.text
    const at = (span: { start: number; end: number }) => ({
      start: start + span.start,
      end: start + span.end
    })
    const { caption, header, rows, rowHeaders } = piece.table
    blocks.push({
      type: 'table',
      start,
      end: text.length,
      table: {
        ...(caption ? { caption: at(caption) } : {}),
        header: header.map(at),
        rows: rows.map((row) => row.map(at)),
        ...(rowHeaders ? { rowHeaders } : {})
      }
    })
    for (const mark of piece.marks)
      inlines.push({ ...mark, start: start + mark.start, end: start + mark.end })
    const claimSpan = piece.claimSpan
    if (claimSpan) {
      const captionText = piece.text.slice(claimSpan.start, claimSpan.end)
      addClaims(start + claimSpan.start, splitClaims(captionText))
    }
  }
  const addBlock = (draftBlock: BlockText): void => {
    const { text: blockText, marks } = normalizeMarked(draftBlock.text, draftBlock.marks ?? [])
    if (!blockText) return
    const opening = claims.length === 0
    const type = blockTypeOf(draftBlock.type, blockText, opening)
    if (type === null) return
    if (text) text += BLOCK_SEPARATOR
    const start = text.length
    text += blockText
    const block: Block = { type, start, end: text.length }
    if (type === 'list-item') Object.assign(block, listFields(draftBlock))
    blocks.push(block)
    for (const mark of marks) inlines.push({ ...mark, start: start + mark.start, end: start + mark.end })
    if (claimBearing.has(type)) addClaims(start, claimSpans(blockText, opening && type === 'paragraph'))
  }
  for (const draftBlock of draft.blocks) {
    if (draftBlock.type !== 'table') addBlock(draftBlock)
    else if (draftBlock.table) {
      const reading = readTable(draftBlock.table)
      // A table of one cell was the page's layout: its words are a paragraph.
      if (reading.kind === 'table') reading.pieces.forEach(addTable)
      else for (const run of reading.paragraphs) addBlock({ type: 'paragraph', ...run })
    }
  }
  const { title, source, byline, siteName, publishedAt } = draft
  return {
    title: normalizeInline(title),
    source,
    ...(byline ? { byline } : {}),
    ...(siteName ? { siteName } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    text,
    blocks,
    claims,
    ...(inlines.length ? { inlines } : {})
  }
}

/**
 * Turns a list of text blocks into an Article: one normalized text with blocks and claims as
 * offsets into it. Every importer (plain text, Markdown, HTML) ends here, so this is also where
 * lines that are not claims are told apart (non-claims.ts): page furniture is dropped, captions
 * and bylines become blocks of their own kind, and an opening dateline is left out of the claim.
 */
import type { Article, Block, BlockType, Claim, InlineMark } from '../model'
import { splitClaims } from '../claims'
import { normalizeInline, normalizeMarked, type DraftMark } from './inline-marks'
import { LONGEST_NON_CLAIM, datelineLength, isByline, isCaption, isPageFurniture } from './non-claims'

export { normalizeInline } from './inline-marks'

export interface BlockText {
  type: BlockType
  text: string
  /** Emphasis, strong and links, as offsets into `text` (before it is normalized). */
  marks?: DraftMark[]
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

export function buildArticle(draft: ArticleDraft): Article {
  const blocks: Block[] = []
  const claims: Claim[] = []
  const inlines: InlineMark[] = []
  let text = ''
  for (const draftBlock of draft.blocks) {
    const { text: blockText, marks } = normalizeMarked(draftBlock.text, draftBlock.marks ?? [])
    if (!blockText) continue
    const opening = claims.length === 0
    const type = blockTypeOf(draftBlock.type, blockText, opening)
    if (type === null) continue
    if (text) text += BLOCK_SEPARATOR
    const start = text.length
    text += blockText
    blocks.push({ type, start, end: text.length })
    for (const mark of marks) inlines.push({ ...mark, start: start + mark.start, end: start + mark.end })
    if (!claimBearing.has(type)) continue
    for (const span of claimSpans(blockText, opening && type === 'paragraph')) {
      claims.push({ id: `c${claims.length + 1}`, start: start + span.start, end: start + span.end })
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

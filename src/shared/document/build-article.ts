/**
 * Turns a list of text blocks into an Article: one normalized text with blocks and claims as
 * offsets into it. Every importer (plain text, Markdown, HTML) ends here.
 */
import type { Article, Block, BlockType, Claim, InlineMark } from '../model'
import { splitClaims } from '../claims/split-claims'
import { normalizeInline, normalizeMarked, type DraftMark } from './inline-marks'

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

/** Block types whose sentences are claims; titles and headings are not. */
const claimBearing: ReadonlySet<BlockType> = new Set(['paragraph', 'list-item', 'blockquote'])

export const BLOCK_SEPARATOR = '\n\n'

export function buildArticle(draft: ArticleDraft): Article {
  const blocks: Block[] = []
  const claims: Claim[] = []
  const inlines: InlineMark[] = []
  let text = ''
  for (const draftBlock of draft.blocks) {
    const { text: blockText, marks } = normalizeMarked(draftBlock.text, draftBlock.marks ?? [])
    if (!blockText) continue
    if (text) text += BLOCK_SEPARATOR
    const start = text.length
    text += blockText
    blocks.push({ type: draftBlock.type, start, end: text.length })
    for (const mark of marks) inlines.push({ ...mark, start: start + mark.start, end: start + mark.end })
    if (!claimBearing.has(draftBlock.type)) continue
    for (const span of splitClaims(blockText)) {
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

/**
 * Turns a list of text blocks into an Article: one normalized text with blocks and claims as
 * offsets into it. Every importer (plain text, Markdown, HTML) ends here.
 */
import type { Article, Block, BlockType, Claim } from '../model'
import { splitClaims } from '../claims/split-claims'

export interface BlockText {
  type: BlockType
  text: string
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

/** Collapses runs of whitespace so offsets are stable whatever the source's wrapping was. */
export function normalizeInline(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

export function buildArticle(draft: ArticleDraft): Article {
  const blocks: Block[] = []
  const claims: Claim[] = []
  let text = ''
  for (const draftBlock of draft.blocks) {
    const blockText = normalizeInline(draftBlock.text)
    if (!blockText) continue
    if (text) text += BLOCK_SEPARATOR
    const start = text.length
    text += blockText
    blocks.push({ type: draftBlock.type, start, end: text.length })
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
    claims
  }
}

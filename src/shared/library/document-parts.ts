/**
 * A document on disk is two files (issue 23): its article — text and structure, written at import
 * and again only for a new version — and its review — everything else, rewritten on every change —
 * so a saved change costs the size of the review, not of the article.
 *
 * The article file is one line of JSON (the structure, in delta-coded number columns: a million
 * words hold 80,000 claims, and objects cost far more to write and read than numbers) and then the
 * text as it is, unescaped. Reading checks every column and offset against the text it points into.
 * Pure: the store reads and writes the files.
 */
import { z } from 'zod'
import { Block, BlockType, InlineMark, StoredDocument, type Article, type Claim } from '../model'
import { DocumentId } from '../ids'

/** Names one article file of a document: a new version of the text gets a new key. */
export const ArticleKey = z.string().regex(/^[0-9a-z]{6,32}$/, 'An article key is 6–32 letters or digits.')

/** The review file (`documents/<id>.json`): the stored document without its text and structure. */
export const ReviewFile = StoredDocument.omit({
  text: true,
  blocks: true,
  claims: true,
  inlines: true
}).extend({
  /** The article file it reads with: `articles/<id>.<key>.article`. */
  articleKey: ArticleKey
})
export type ReviewFile = z.infer<typeof ReviewFile>

/** The parts of a document its article file holds. */
export type ArticleParts = Pick<Article, 'text' | 'blocks' | 'claims' | 'inlines'>

const FORMAT = 'claimcheck-article'
const blockTypes = BlockType.options
const blockTypeNumbers = new Map<string, number>(blockTypes.map((type, index) => [type, index]))

/** `c123` → 123 (ids are checked as `c` and digits wherever they come in). */
function claimNumber(id: string): number {
  let number = 0
  for (let at = 1; at < id.length; at++) number = number * 10 + id.charCodeAt(at) - 48
  return number
}

const isWholeNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isSafeInteger(item))
const Column = z.custom<number[]>(isWholeNumbers, 'a list of whole numbers')

/** The fields of a block beyond type, start and end, with the block's index. */
const BlockDetail = z
  .object({
    at: z.number().int().nonnegative(),
    marker: z.string().optional(),
    depth: z.number().optional(),
    table: z.unknown().optional()
  })
  .strict()
type BlockDetail = z.infer<typeof BlockDetail>

function detailsOf(blocks: readonly Block[]): BlockDetail[] {
  const details: BlockDetail[] = []
  blocks.forEach((block, at) => {
    if (block.marker === undefined && block.depth === undefined && block.table === undefined) return
    const { type: _type, start: _start, end: _end, ...detail } = block
    details.push({ at, ...detail })
  })
  return details
}

const ArticleHeader = z
  .object({
    format: z.literal(FORMAT),
    formatVersion: z.literal(1),
    id: DocumentId,
    key: ArticleKey,
    textLength: z.number().int().nonnegative(),
    /** Per block: type (index in BlockType), start − previous end, length. */
    blocks: Column,
    /** Per claim: id number − previous id number, start − previous end, length. */
    claims: Column,
    /** What a few blocks carry besides their place: a list item's marker and depth, a table. */
    blockDetails: z.array(BlockDetail).optional(),
    inlines: z.array(InlineMark).optional()
  })
  .strict()

/** Splits a document into its review and its article parts. */
export function splitDocument(
  document: StoredDocument,
  articleKey: string
): { review: ReviewFile; article: ArticleParts } {
  const { text, blocks, claims, inlines, ...rest } = document
  return {
    review: { ...rest, articleKey },
    article: { text, blocks, claims, ...(inlines ? { inlines } : {}) }
  }
}

/** The stored document a review and its article make. */
export function joinDocument(review: ReviewFile, article: ArticleParts): StoredDocument {
  const { articleKey: _articleKey, annotations, trashedAt, desk, ...head } = review
  return {
    ...head,
    ...article,
    annotations,
    ...(trashedAt !== undefined ? { trashedAt } : {}),
    ...(desk !== undefined ? { desk } : {})
  }
}

/** Whether two documents hold the same article parts (same objects, else the same content). */
export function sameArticle(a: ArticleParts, b: ArticleParts): boolean {
  if (a.text === b.text && a.blocks === b.blocks && a.claims === b.claims && a.inlines === b.inlines)
    return true
  if (a.text !== b.text || a.blocks.length !== b.blocks.length || a.claims.length !== b.claims.length)
    return false
  const sameBlocks = a.blocks.every((block, index) => {
    const other = b.blocks[index]
    return (
      other !== undefined &&
      block.type === other.type &&
      block.start === other.start &&
      block.end === other.end
    )
  })
  const sameClaims = a.claims.every((claim, index) => {
    const other = b.claims[index]
    return (
      other !== undefined && claim.id === other.id && claim.start === other.start && claim.end === other.end
    )
  })
  return (
    sameBlocks &&
    sameClaims &&
    JSON.stringify(a.inlines ?? []) === JSON.stringify(b.inlines ?? []) &&
    JSON.stringify(detailsOf(a.blocks)) === JSON.stringify(detailsOf(b.blocks))
  )
}

/** The article file's content: a header line, then the text as it is. */
export function encodeArticle(id: string, key: string, article: ArticleParts): string {
  return encodeArticlePieces(id, key, article).join('')
}

/** The article file's content in two pieces, the header line and the text, to write one after the other. */
export function encodeArticlePieces(id: string, key: string, article: ArticleParts): [string, string] {
  // Pushed, not preallocated: JSON.stringify writes a packed array of numbers several times as fast.
  const blocks: number[] = []
  let end = 0
  for (const block of article.blocks) {
    blocks.push(blockTypeNumbers.get(block.type) ?? -1, block.start - end, block.end - block.start)
    end = block.end
  }
  const claims: number[] = []
  let number = 0
  end = 0
  for (const claim of article.claims) {
    const next = claimNumber(claim.id)
    claims.push(next - number, claim.start - end, claim.end - claim.start)
    number = next
    end = claim.end
  }
  const details = detailsOf(article.blocks)
  const header = {
    format: FORMAT,
    formatVersion: 1,
    id,
    key,
    textLength: article.text.length,
    blocks,
    claims,
    ...(details.length ? { blockDetails: details } : {}),
    ...(article.inlines ? { inlines: article.inlines } : {})
  }
  return [`${JSON.stringify(header)}\n`, article.text]
}

export type Decoded = { ok: true; article: ArticleParts } | { ok: false; reason: string }

const failed = (reason: string): Decoded => ({ ok: false, reason })

/** Reads an article file's content, checked against the document and key that name it. */
export function decodeArticle(raw: string, expected: { id: string; key: string }): Decoded {
  const newline = raw.indexOf('\n')
  if (newline === -1) return failed('it is not an article file (it may be truncated)')
  let json: unknown
  try {
    json = JSON.parse(raw.slice(0, newline))
  } catch {
    return failed('its header is not valid JSON')
  }
  const parsed = ArticleHeader.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return failed(
      `its header is not what Claimcheck wrote${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}`
    )
  }
  const header = parsed.data
  if (header.id !== expected.id || header.key !== expected.key)
    return failed('it belongs to another document')
  const text = raw.slice(newline + 1)
  if (text.length !== header.textLength)
    return failed('its text is not the length it was written with (it may be truncated)')
  const placed = decodeBlocks(header.blocks, text.length)
  const blocks = placed && withDetails(placed, header.blockDetails ?? [])
  const claims = decodeClaims(header.claims, text.length)
  if (!blocks) return failed('its blocks do not fit its text')
  if (!claims) return failed('its claims do not fit its text')
  const inlines = header.inlines
  if (inlines?.some((mark) => mark.start > mark.end || mark.end > text.length)) {
    return failed('its inline marks do not fit its text')
  }
  return { ok: true, article: { text, blocks, claims, ...(inlines ? { inlines } : {}) } }
}

function decodeBlocks(column: number[], textLength: number): Block[] | null {
  if (column.length % 3 !== 0) return null
  const blocks: Block[] = []
  let end = 0
  for (let at = 0; at < column.length; at += 3) {
    const type = blockTypes[column[at] ?? -1]
    const start = end + (column[at + 1] ?? 0)
    end = start + (column[at + 2] ?? 0)
    if (type === undefined || start < 0 || end < start || end > textLength) return null
    blocks.push({ type, start, end })
  }
  return blocks
}

/** The blocks with their details, each checked whole (a table's cells inside the table); null if one is not right. */
function withDetails(blocks: Block[], details: readonly BlockDetail[]): Block[] | null {
  for (const { at, ...detail } of details) {
    const block = blocks[at]
    if (!block) return null
    const checked = Block.safeParse({ ...block, ...detail })
    if (!checked.success) return null
    blocks[at] = checked.data
  }
  // A table block that lost its details would not be a table: refused rather than misread.
  return blocks.some((block) => block.type === 'table' && !block.table) ? null : blocks
}

const MAX_CLAIM_NUMBER = 999_999_999

function decodeClaims(column: number[], textLength: number): Claim[] | null {
  if (column.length % 3 !== 0) return null
  const claims: Claim[] = []
  let number = 0
  let end = 0
  for (let at = 0; at < column.length; at += 3) {
    number += column[at] ?? 0
    const start = end + (column[at + 1] ?? 0)
    end = start + (column[at + 2] ?? 0)
    if (number < 1 || number > MAX_CLAIM_NUMBER || start < 0 || end < start || end > textLength) return null
    claims.push({ id: `c${number}`, start, end })
  }
  return claims
}

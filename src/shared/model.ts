/**
 * The domain model: zod schemas with their inferred types side by side. Every file read from disk
 * and every value crossing the API is parsed with these.
 */
import { z } from 'zod'
import {
  DEFAULT_HIGHLIGHT_COLOR,
  currentHighlightColor,
  highlightColors
} from './annotations/highlight-colors'
import { AnnotationId, ClaimId, DocumentId, Timestamp } from './ids'
import { claimStatuses, type ClaimStatus as Status } from './status'
import { MAX_LIST_DEPTH, MAX_LIST_MARKER, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from './document/block-limits'

export { MAX_LIST_DEPTH, MAX_LIST_MARKER, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from './document/block-limits'

/**
 * 2: orphans moved from the document into its annotations (see data-migrations.ts).
 * 3: a document is stored as two files, its review and its article (library/document-parts.ts);
 * the document itself did not change shape.
 */
export const SCHEMA_VERSION = 3

export { claimStatuses, isVerdict, statusLabel, verdicts, type Verdict } from './status'
export const ClaimStatus = z.enum(claimStatuses)
export type ClaimStatus = Status

const offset = z.number().int().nonnegative()

/**
 * `caption` (a photo caption or credit) and `byline` (a byline or dateline) never hold claims; a
 * `table` holds claims only in its caption (its cells are figures, not sentences).
 */
export const BlockType = z.enum([
  'title',
  'heading',
  'paragraph',
  'list-item',
  'blockquote',
  'caption',
  'byline',
  'table'
])
export type BlockType = z.infer<typeof BlockType>

/** A run of the document text: a table's caption or one of its cells. */
export const TextSpan = z.object({ start: offset, end: offset })
export type TextSpan = z.infer<typeof TextSpan>

/**
 * A table's structure over its block's text: the caption first, then the rows, cells separated by
 * a tab and rows by a line break (the text copies into a spreadsheet as it reads).
 */
export const TableShape = z.object({
  caption: TextSpan.optional(),
  /** The column headings; empty when the table has none. */
  header: z.array(TextSpan).max(MAX_TABLE_COLUMNS),
  rows: z.array(z.array(TextSpan).min(1).max(MAX_TABLE_COLUMNS)).max(MAX_TABLE_ROWS),
  /** True when each row's first cell heads its row. */
  rowHeaders: z.boolean().optional()
})
export type TableShape = z.infer<typeof TableShape>

/** Every span of a table in text order: caption, header cells, then each row's cells. */
export function tableSpans(table: TableShape): TextSpan[] {
  return [...(table.caption ? [table.caption] : []), ...table.header, ...table.rows.flat()]
}

/**
 * A block of the article: `start`/`end` are offsets into the document text. A list item keeps its
 * marker ("•", "3.") and its depth in nested lists; a table its rows and cells.
 */
export const Block = z
  .object({
    type: BlockType,
    start: offset,
    end: offset,
    /** List items only: the bullet or number the source gave, '' for an item's further paragraph. */
    marker: z.string().max(MAX_LIST_MARKER).optional(),
    /** List items only: 2 and more for nested lists. */
    depth: z.number().int().min(1).max(MAX_LIST_DEPTH).optional(),
    /** Tables only. */
    table: TableShape.optional()
  })
  .superRefine((block, context) => {
    if ((block.type === 'table') !== (block.table !== undefined)) {
      context.addIssue({ code: 'custom', message: 'A table block needs its table, and only it has one.' })
      return
    }
    if (!block.table) return
    let cursor = block.start
    for (const span of tableSpans(block.table)) {
      if (span.start < cursor || span.end < span.start || span.end > block.end) {
        context.addIssue({ code: 'custom', message: 'A table cell lies outside its table.' })
        return
      }
      cursor = span.end
    }
  })
export type Block = z.infer<typeof Block>

/** A claim is (normally) one sentence of a paragraph; ids are stable for the document's life. */
export const Claim = z.object({ id: ClaimId, start: offset, end: offset })
export type Claim = z.infer<typeof Claim>

/** W3C Web Annotation selectors: a quote with context, and a position in the text. */
export const TextQuoteSelector = z.object({
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string()
})
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>

export const TextPositionSelector = z.object({ start: offset, end: offset })
export type TextPositionSelector = z.infer<typeof TextPositionSelector>

export const TextTarget = z.object({ quote: TextQuoteSelector, position: TextPositionSelector })
export type TextTarget = z.infer<typeof TextTarget>

export const Source = z.object({
  id: AnnotationId,
  url: z.string(),
  title: z.string(),
  quote: z.string(),
  /** The day the reviewer read it (YYYY-MM-DD); absent on sources added before it was kept. */
  accessedOn: z.string().optional(),
  /** A copy kept by an archive (web.archive.org, archive.today…), for when the page changes. */
  archiveUrl: z.string().optional(),
  /** What the source shows about the claim, in the reviewer's words. */
  shows: z.string().optional()
})
export type Source = z.infer<typeof Source>

export const StatusChange = z.object({
  at: z.string(),
  from: ClaimStatus.nullable(),
  to: ClaimStatus.nullable()
})
export type StatusChange = z.infer<typeof StatusChange>

/** Everything the reviewer said about one claim. */
export const ClaimReview = z.object({
  claimId: ClaimId,
  target: TextTarget,
  status: ClaimStatus.nullable(),
  note: z.string(),
  sources: z.array(Source),
  tags: z.array(z.string()),
  history: z.array(StatusChange),
  updatedAt: z.string()
})
export type ClaimReview = z.infer<typeof ClaimReview>

export const Highlight = z.object({
  id: AnnotationId,
  target: TextTarget,
  /**
   * Colours of the first palette (files, backups and exports made before it changed) read as their
   * successors; a colour outside both (only ever from an old bug) reads as the default.
   */
  color: z.preprocess(currentHighlightColor, z.enum(highlightColors).catch(DEFAULT_HIGHLIGHT_COLOR)),
  note: z.string(),
  createdAt: z.string()
})
export type Highlight = z.infer<typeof Highlight>

/** An annotation a new version of the document had no place for: kept whole, never dropped. */
export const Orphan = z.object({
  id: AnnotationId,
  orphanedAt: z.string(),
  annotation: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('claim'), review: ClaimReview }),
    z.object({ kind: z.literal('highlight'), highlight: Highlight })
  ])
})
export type Orphan = z.infer<typeof Orphan>

/**
 * Everything the reviewer added to a document: claim reviews, highlights, and orphans (reviews and
 * highlights a new version of the text had no place for, until re-attached or deleted).
 */
export const Annotations = z.object({
  claims: z.record(ClaimId, ClaimReview),
  highlights: z.array(Highlight),
  orphans: z.array(Orphan).optional()
})
export type Annotations = z.infer<typeof Annotations>

export const emptyAnnotations = (): Annotations => ({ claims: {}, highlights: [] })

/** Inline formatting kept from the source: `start`/`end` are offsets into the document text. */
export const InlineKind = z.enum(['emphasis', 'strong', 'link'])
export type InlineKind = z.infer<typeof InlineKind>
export const InlineMark = z.object({
  start: offset,
  end: offset,
  kind: InlineKind,
  /** Links only: an http(s) URL (checked again before it is drawn). */
  href: z.string().optional()
})
export type InlineMark = z.infer<typeof InlineMark>

/** The article as imported: normalized text and the structure that points into it. */
export const Article = z.object({
  title: z.string(),
  source: z.string(),
  byline: z.string().optional(),
  siteName: z.string().optional(),
  publishedAt: z.string().optional(),
  text: z.string(),
  blocks: z.array(Block),
  claims: z.array(Claim),
  /** Emphasis, strong and links, sorted by start; absent in documents imported before they were kept. */
  inlines: z.array(InlineMark).optional()
})
export type Article = z.infer<typeof Article>

/** Marks a document as the desk's; `deskDocId` keys its records on the desk. */
export const DeskMarker = z.object({ deskDocId: DocumentId }).strict()
export type DeskMarker = z.infer<typeof DeskMarker>

/** One document, whole: in memory, in a backup export, and on disk before version 3. */
export const StoredDocument = Article.extend({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: DocumentId,
  addedAt: z.string(),
  annotations: Annotations,
  /** Set while the document is in the trash; kept in its own file so a rebuilt index knows. */
  trashedAt: Timestamp.optional(),
  /** A desk document: shared with or pulled from the team's desk (its article is the desk's). */
  desk: DeskMarker.optional()
})
export type StoredDocument = z.infer<typeof StoredDocument>

export const StatusCounts = z.object({
  verified: z.number().int(),
  disputed: z.number().int(),
  'needs-source': z.number().int(),
  /** Absent in library files written before "not a claim" existed: none then. */
  'not-a-claim': z.number().int().default(0),
  unreviewed: z.number().int()
})
export type StatusCounts = z.infer<typeof StatusCounts>

export const LibraryEntry = z.object({
  id: DocumentId,
  title: z.string(),
  source: z.string(),
  addedAt: z.string(),
  updatedAt: z.string(),
  claimCount: z.number().int(),
  counts: StatusCounts,
  /** Annotations a re-import could not place, waiting to be re-attached or deleted. */
  orphanCount: z.number().int().optional(),
  /** Tags this document's reviews use, most used first: suggestions in every other document. */
  tags: z.array(z.string()).optional(),
  /** A desk document, and who it is assigned to. */
  desk: z.object({ deskDocId: DocumentId, assignee: z.string().nullable() }).optional()
})
export type LibraryEntry = z.infer<typeof LibraryEntry>

/** A deleted document waits here (its file kept) until the trash is emptied. */
export const TrashedEntry = LibraryEntry.extend({ trashedAt: z.string() })
export type TrashedEntry = z.infer<typeof TrashedEntry>

/** Where the reader left a document: the selected claim and how far down the page. */
export const ReadingPlace = z.object({
  claimId: ClaimId.nullable(),
  scrollFraction: z.number().min(0).max(1)
})
export type ReadingPlace = z.infer<typeof ReadingPlace>

export const FileStamp = z.object({ size: z.number().int().nonnegative(), mtimeMs: z.number() })
export type FileStamp = z.infer<typeof FileStamp>

export const LibraryIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(LibraryEntry),
  trash: z.array(TrashedEntry).default([]),
  places: z.record(DocumentId, ReadingPlace).default({}),
  /** Size and time of each document file as last written: a file that differs is re-read at start. */
  stamps: z.record(DocumentId, FileStamp).default({}),
  /** Set once the sample article has been offered, so deleting it keeps it deleted. */
  sampleImported: z.boolean(),
  lastDocumentId: DocumentId.nullable()
})
export type LibraryIndex = z.infer<typeof LibraryIndex>

export const emptyLibrary = (): LibraryIndex => ({
  schemaVersion: SCHEMA_VERSION,
  documents: [],
  trash: [],
  places: {},
  stamps: {},
  sampleImported: false,
  lastDocumentId: null
})

/** Something the user must be told once, e.g. a data file that was unreadable and moved aside. */
export const Notice = z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() })
export type Notice = z.infer<typeof Notice>

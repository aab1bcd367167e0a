/**
 * The records of a desk database, as zod schemas. Every record read from the server is parsed here
 * like a file read from disk: oversized, mistyped, prototype keys (`__proto__`, `constructor`) and
 * links that are not http(s) are refused with a message and never reach the library. One record
 * per writer, so members never write the same record (see DESK-PLAN.md).
 */
import { z } from 'zod'
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from '../annotations/limits'
import { ClaimId, DocumentId, Timestamp } from '../ids'
import { Block, Claim, ClaimStatus, InlineMark } from '../model'
import { verdicts } from '../status'
import { DeskMemberName } from './desk-inputs'

/** CouchDB's default max_document_size is 8 MB; an article's text stays well inside it. */
export const MAX_DESK_TEXT = 3_000_000
export const MAX_DESK_CLAIMS = 100_000
export const MAX_DESK_BLOCKS = 100_000
export const MAX_DESK_SOURCES = 100
export const MAX_DESK_HIGHLIGHTS = 2_000
export const MAX_DESK_REASON = 2_000
/** Texts kept from a conflict per claim: more is not two machines, it is a loop. */
export const MAX_DESK_CONFLICTS = 20

const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf'])

/** A member's name as it appears in records and as an object key. */
export const RecordMemberName = DeskMemberName.refine(
  (name) => !RESERVED_NAMES.has(name),
  'That name is reserved.'
)

/** An http(s) link, nothing else (`javascript:`, `data:` and friends never reach the page). */
export const HttpLink = z
  .string()
  .max(8192)
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'A link must be an http(s) address.')

/** An article's source: a web address or a file name, never a script address. */
const ArticleSource = z
  .string()
  .max(8192)
  .refine(
    (value) => !/^\s*(javascript|data|vbscript|file):/i.test(value),
    'The source is not a web address or a file name.'
  )

const DeskInline = InlineMark.extend({ href: HttpLink.optional() }).strict()

export const ArticleRecord = z
  .object({
    type: z.literal('article'),
    deskDocId: DocumentId,
    title: z.string().max(500),
    text: z.string().max(MAX_DESK_TEXT, 'The shared article is larger than a desk holds.'),
    blocks: z.array(Block.strict()).max(MAX_DESK_BLOCKS),
    claims: z.array(Claim.strict()).max(MAX_DESK_CLAIMS),
    inlines: z.array(DeskInline).max(MAX_DESK_BLOCKS).optional(),
    source: ArticleSource,
    sharedBy: RecordMemberName,
    sharedAt: Timestamp
  })
  .strict()
  .superRefine((article, context) => {
    const length = article.text.length
    const outside = [...article.blocks, ...article.claims, ...(article.inlines ?? [])].some(
      (span) => span.start > span.end || span.end > length
    )
    if (outside) context.addIssue({ code: 'custom', message: 'The article points outside its own text.' })
    const ids = new Set(article.claims.map((claim) => claim.id))
    if (ids.size !== article.claims.length) {
      context.addIssue({ code: 'custom', message: 'The article numbers two claims the same.' })
    }
  })
export type ArticleRecord = z.infer<typeof ArticleRecord>

export const DeskSource = z.object({ url: HttpLink, title: z.string().max(2000) }).strict()
export type DeskSource = z.infer<typeof DeskSource>

export const MemberClaimReview = z
  .object({
    status: ClaimStatus.nullable(),
    note: z.string().max(MAX_NOTE_LENGTH),
    sources: z.array(DeskSource).max(MAX_DESK_SOURCES),
    tags: z.array(z.string().max(MAX_TAG_LENGTH)).max(MAX_TAGS),
    updatedAt: Timestamp,
    /** Notes kept from the same member's other machine when both changed it offline. */
    conflicts: z.array(z.string().max(MAX_NOTE_LENGTH)).max(MAX_DESK_CONFLICTS).optional()
  })
  .strict()
export type MemberClaimReview = z.infer<typeof MemberClaimReview>

export const DeskHighlight = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    color: z.string().max(20),
    note: z.string().max(MAX_NOTE_LENGTH)
  })
  .strict()

export const ReviewRecord = z
  .object({
    type: z.literal('review'),
    deskDocId: DocumentId,
    member: RecordMemberName,
    claims: z.record(ClaimId, MemberClaimReview),
    highlights: z.array(DeskHighlight).max(MAX_DESK_HIGHLIGHTS),
    updatedAt: Timestamp
  })
  .strict()
export type ReviewRecord = z.infer<typeof ReviewRecord>

export const SignoffRecord = z
  .object({
    type: z.literal('signoff'),
    deskDocId: DocumentId,
    claimId: ClaimId,
    editor: RecordMemberName,
    verdict: z.enum(verdicts),
    reason: z.string().max(MAX_DESK_REASON),
    /** Each member's claim-review fingerprint when the editor signed off (see desk-state.ts). */
    saw: z.record(RecordMemberName, z.string().max(80)),
    at: Timestamp
  })
  .strict()
export type SignoffRecord = z.infer<typeof SignoffRecord>

export const AssignmentRecord = z
  .object({
    type: z.literal('assignment'),
    deskDocId: DocumentId,
    assignee: RecordMemberName,
    by: RecordMemberName,
    at: Timestamp
  })
  .strict()
export type AssignmentRecord = z.infer<typeof AssignmentRecord>

export const EventRecord = z
  .object({
    type: z.literal('event'),
    deskDocId: DocumentId,
    claimId: ClaimId.optional(),
    member: RecordMemberName,
    what: z.string().max(200),
    from: z.string().max(200).optional(),
    to: z.string().max(200).optional(),
    at: Timestamp
  })
  .strict()
export type EventRecord = z.infer<typeof EventRecord>

export const DeskRecord = z.discriminatedUnion('type', [
  ArticleRecord,
  ReviewRecord,
  SignoffRecord,
  AssignmentRecord,
  EventRecord
])
export type DeskRecord = z.infer<typeof DeskRecord>

/** The id a record must have: the server's rules check the same. */
export function recordId(record: DeskRecord): string {
  switch (record.type) {
    case 'article':
      return `article:${record.deskDocId}`
    case 'review':
      return `review:${record.deskDocId}:${record.member}`
    case 'signoff':
      return `signoff:${record.deskDocId}:${record.claimId}`
    case 'assignment':
      return `assignment:${record.deskDocId}`
    case 'event':
      return `event:${record.deskDocId}:${record.at}:${record.member}`
  }
}

/** The id of an event: its prefix (recordId) and a random part, so two events never collide. */
export function eventId(record: EventRecord, random: string): string {
  return `${recordId(record)}:${random}`
}

export const MAX_RECORD_ID = 300

export type ParsedRecord<Record = DeskRecord> =
  { ok: true; id: string; record: Record } | { ok: false; id: string; message: string }

/**
 * A document from the server, checked against `schema`: its CouchDB fields (`_id`, `_rev`,
 * `_conflicts`…) set aside, the rest parsed strictly, and its id matched against its content
 * (`idMatches`). `what` names the kind in the message when nothing more telling is known.
 */
export function parseRecordAs<Record>(
  raw: unknown,
  schema: z.ZodType<Record>,
  idMatches: (id: string, record: Record) => boolean,
  what: string
): ParsedRecord<Record> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, id: '?', message: 'A desk record is not an object.' }
  }
  const fields = raw as { [key: string]: unknown }
  const id = typeof fields['_id'] === 'string' ? fields['_id'].slice(0, MAX_RECORD_ID) : '?'
  if (typeof fields['_id'] !== 'string' || fields['_id'].length > MAX_RECORD_ID) {
    return { ok: false, id, message: 'A desk record has no usable id.' }
  }
  if (hasPrototypeKey(fields))
    return { ok: false, id, message: `Desk record ${id} has a prototype key (__proto__).` }
  const content: { [key: string]: unknown } = {}
  for (const key of Object.keys(fields)) if (!key.startsWith('_')) content[key] = fields[key]
  const parsed = schema.safeParse(content)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    return {
      ok: false,
      id,
      message: `Desk record ${id} was refused${where}: ${issue?.message ?? `it is not ${what}`}.`
    }
  }
  if (!idMatches(id, parsed.data))
    return { ok: false, id, message: `Desk record ${id} does not carry the id its content calls for.` }
  return { ok: true, id, record: parsed.data }
}

/** A desk record from the server, checked (an event's id is its prefix and a random part). */
export function parseDeskRecord(raw: unknown): ParsedRecord {
  return parseRecordAs(
    raw,
    DeskRecord,
    (id, record) => {
      const expected = recordId(record)
      return record.type === 'event' ? id.startsWith(`${expected}:`) : id === expected
    },
    'a desk record'
  )
}

/**
 * Whether `__proto__` is an own key anywhere in a parsed JSON value (JSON.parse makes it one):
 * zod's records skip it silently, so it is looked for before parsing.
 */
export function hasPrototypeKey(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 12) return false
  if (Array.isArray(value)) return value.some((item) => hasPrototypeKey(item, depth + 1))
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return true
    if (hasPrototypeKey((value as Record<string, unknown>)[key], depth + 1)) return true
  }
  return false
}

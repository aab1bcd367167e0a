/**
 * The shape of an annotation change, as the API validates it. `restore-*` changes put back a
 * snapshot of one claim review or one highlight: they are how undo and redo travel, so a snapshot
 * passes the same rules as a new annotation (http(s) sources, palette colours, length limits).
 */
import { z } from 'zod'
import { AnnotationId, ClaimId, Timestamp } from '../ids'
import { ClaimStatus } from '../model'
import { isWebLink } from '../security/web-link'
import { isCalendarDate } from './calendar-date'
import { highlightColors } from './highlight-colors'

import { MAX_HISTORY, MAX_NOTE_LENGTH, MAX_SOURCES, MAX_TAGS, MAX_TAG_LENGTH, MAX_URL_LENGTH } from './limits'

const offset = z
  .number()
  .int()
  .nonnegative()
  .max(2 ** 31)

export const MAX_SOURCE_TITLE_LENGTH = 1000

export const NewSource = z.object({
  id: AnnotationId,
  url: z.string().max(MAX_URL_LENGTH).refine(isWebLink, 'A source link must start with http:// or https://.'),
  title: z.string().max(MAX_SOURCE_TITLE_LENGTH),
  quote: z.string().max(MAX_NOTE_LENGTH),
  accessedOn: z
    .string()
    .max(10)
    .refine(isCalendarDate, 'An accessed date is a day written YYYY-MM-DD.')
    .optional(),
  archiveUrl: z
    .string()
    .max(MAX_URL_LENGTH)
    .refine(isWebLink, 'An archive link must start with http:// or https://.')
    .optional(),
  shows: z.string().max(MAX_NOTE_LENGTH).optional()
})

export const HighlightColor = z.enum(highlightColors)

const Note = z.string().max(MAX_NOTE_LENGTH)
const Tags = z.array(z.string().max(MAX_TAG_LENGTH)).max(MAX_TAGS)

/** Where a snapshot was: only the position is trusted; the quote is taken again from the text. */
const SnapshotTarget = z.object({
  quote: z.object({
    exact: z.string().max(MAX_NOTE_LENGTH),
    prefix: z.string().max(1000),
    suffix: z.string().max(1000)
  }),
  position: z.object({ start: offset, end: offset })
})

export const ReviewSnapshot = z.object({
  claimId: ClaimId,
  target: SnapshotTarget,
  status: ClaimStatus.nullable(),
  note: Note,
  sources: z.array(NewSource).max(MAX_SOURCES),
  tags: Tags,
  history: z
    .array(z.object({ at: Timestamp, from: ClaimStatus.nullable(), to: ClaimStatus.nullable() }))
    .max(MAX_HISTORY),
  updatedAt: Timestamp
})

export const HighlightSnapshot = z.object({
  id: AnnotationId,
  target: SnapshotTarget,
  color: HighlightColor,
  note: Note,
  createdAt: Timestamp
})

export const OrphanSnapshot = z.object({
  id: AnnotationId,
  orphanedAt: Timestamp,
  annotation: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('claim'), review: ReviewSnapshot }),
    z.object({ kind: z.literal('highlight'), highlight: HighlightSnapshot })
  ])
})

/** Where an orphan goes back: a claim review onto a claim, a highlight onto a span of the text. */
export const OrphanPlace = z.union([
  z.object({ claimId: ClaimId }).strict(),
  z.object({ start: offset, end: offset }).strict()
])

const RestoreClaim = z.object({
  kind: z.literal('restore-claim'),
  claimId: ClaimId,
  review: ReviewSnapshot.nullable()
})
const RestoreHighlight = z.object({
  kind: z.literal('restore-highlight'),
  highlightId: AnnotationId,
  highlight: HighlightSnapshot.nullable()
})
const RestoreOrphan = z.object({
  kind: z.literal('restore-orphan'),
  orphanId: AnnotationId,
  orphan: OrphanSnapshot.nullable()
})

/** Snapshots put back together: the undo and redo of a change that touched more than one thing. */
export const RestoreChange = z.discriminatedUnion('kind', [RestoreClaim, RestoreHighlight, RestoreOrphan])
export type RestoreChange = z.infer<typeof RestoreChange>

export const AnnotationChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set-status'), claimId: ClaimId, status: ClaimStatus.nullable() }),
  z.object({ kind: z.literal('set-note'), claimId: ClaimId, note: Note }),
  z.object({ kind: z.literal('add-source'), claimId: ClaimId, source: NewSource }),
  z.object({ kind: z.literal('remove-source'), claimId: ClaimId, sourceId: AnnotationId }),
  /** Replaces the claim's source that has the same id, in place. */
  z.object({ kind: z.literal('edit-source'), claimId: ClaimId, source: NewSource }),
  z.object({ kind: z.literal('set-tags'), claimId: ClaimId, tags: Tags }),
  z.object({
    kind: z.literal('add-highlight'),
    highlightId: AnnotationId,
    start: offset,
    end: offset,
    color: HighlightColor,
    note: Note
  }),
  z.object({
    kind: z.literal('edit-highlight'),
    highlightId: AnnotationId,
    color: HighlightColor.optional(),
    note: Note.optional()
  }),
  z.object({ kind: z.literal('remove-highlight'), highlightId: AnnotationId }),
  RestoreClaim,
  RestoreHighlight,
  z.object({ kind: z.literal('reattach-orphan'), orphanId: AnnotationId, place: OrphanPlace }),
  z.object({ kind: z.literal('remove-orphan'), orphanId: AnnotationId }),
  RestoreOrphan,
  z.object({ kind: z.literal('restore-all'), changes: z.array(RestoreChange).min(1).max(8) })
])
export type AnnotationChange = z.infer<typeof AnnotationChange>

/**
 * The shape of an annotation change, as the API validates it. `restore-*` changes put back a
 * snapshot of one claim review or one highlight: they are how undo and redo travel.
 */
import { z } from 'zod'
import { ClaimReview, ClaimStatus, Highlight } from '../model'
import { isWebLink } from '../security/web-link'
import { highlightColors } from './highlight-colors'

export const MAX_NOTE_LENGTH = 100_000
export const MAX_TAG_LENGTH = 60
export const MAX_TAGS = 50

const claimId = z.string().min(1)
const offset = z.number().int().nonnegative()

export const NewSource = z.object({
  id: z.string().min(1).max(64),
  url: z.string().max(8192).refine(isWebLink, 'A source link must start with http:// or https://.'),
  title: z.string().max(1000),
  quote: z.string().max(MAX_NOTE_LENGTH)
})

export const HighlightColor = z.enum(highlightColors)

export const AnnotationChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set-status'), claimId, status: ClaimStatus.nullable() }),
  z.object({ kind: z.literal('set-note'), claimId, note: z.string().max(MAX_NOTE_LENGTH) }),
  z.object({ kind: z.literal('add-source'), claimId, source: NewSource }),
  z.object({ kind: z.literal('remove-source'), claimId, sourceId: z.string().min(1) }),
  z.object({
    kind: z.literal('set-tags'),
    claimId,
    tags: z.array(z.string().max(MAX_TAG_LENGTH)).max(MAX_TAGS)
  }),
  z.object({
    kind: z.literal('add-highlight'),
    highlightId: z.string().min(1).max(64),
    start: offset,
    end: offset,
    color: HighlightColor,
    note: z.string().max(MAX_NOTE_LENGTH)
  }),
  z.object({
    kind: z.literal('edit-highlight'),
    highlightId: z.string().min(1),
    color: HighlightColor.optional(),
    note: z.string().max(MAX_NOTE_LENGTH).optional()
  }),
  z.object({ kind: z.literal('remove-highlight'), highlightId: z.string().min(1) }),
  z.object({ kind: z.literal('restore-claim'), claimId, review: ClaimReview.nullable() }),
  z.object({
    kind: z.literal('restore-highlight'),
    highlightId: z.string().min(1),
    highlight: Highlight.nullable()
  })
])
export type AnnotationChange = z.infer<typeof AnnotationChange>

/** The shape of an annotation change, as the API validates it. */
import { z } from 'zod'
import { ClaimStatus } from '../model'

export const MAX_NOTE_LENGTH = 100_000

export const AnnotationChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set-status'), claimId: z.string().min(1), status: ClaimStatus.nullable() }),
  z.object({ kind: z.literal('set-note'), claimId: z.string().min(1), note: z.string().max(MAX_NOTE_LENGTH) })
])
export type AnnotationChange = z.infer<typeof AnnotationChange>

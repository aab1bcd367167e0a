/** The All claims filter as the API validates it (kept apart so the renderer bundle needs no zod). */
import { z } from 'zod'
import { claimKinds } from '../claims'
import { MAX_TAG_LENGTH } from '../annotations/limits'
import { DocumentId } from '../ids'
import { ClaimStatus } from '../model'

export const AllClaimsFilterSchema = z
  .object({
    status: z.union([ClaimStatus, z.enum(['unreviewed', 'any'])]),
    tag: z.string().max(MAX_TAG_LENGTH).nullable(),
    kind: z.union([z.enum(claimKinds), z.literal('any')]),
    checkWorthy: z.boolean(),
    hasNote: z.boolean(),
    text: z.string().max(200).optional(),
    documentId: DocumentId.nullable().optional(),
    seenElsewhere: z.boolean().optional()
  })
  .strict()

export const allClaimsExportFormats = ['markdown', 'csv'] as const
export const AllClaimsExportFormat = z.enum(allClaimsExportFormats)

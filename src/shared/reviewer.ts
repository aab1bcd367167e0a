/**
 * Who publishes the verdicts: the reviewer's name and organisation, set once and used as the
 * `author` of ClaimReview exports and the `creator` of W3C annotations. Stored beside the reading
 * settings (`reviewer.json` in the data folder).
 */
import { z } from 'zod'

export const Reviewer = z
  .object({
    name: z.string().trim().max(200, 'A name is at most 200 characters.'),
    organisation: z.string().trim().max(200, 'An organisation is at most 200 characters.')
  })
  .strict()
export type Reviewer = z.infer<typeof Reviewer>

export const noReviewer: Reviewer = { name: '', organisation: '' }

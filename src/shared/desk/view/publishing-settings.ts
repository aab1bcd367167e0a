/**
 * The publishing settings' schemas (see publishing-scale.ts for what they hold): read from
 * `publishing.json` in the data folder and from the API like every file and input, so a damaged
 * file or a bad value is refused with a message a person can act on.
 */
import { z } from 'zod'
import { isWebLink } from '../../security/web-link'
import type {
  ClaimPublishing as ClaimPublishingType,
  RatingScale as RatingScaleType
} from './publishing-scale'
import { ratingMeanings } from './publishing-scale'

export const MAX_RATINGS = 12
const MAX_RATING_NAME = 60

export const Rating = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Give every rating a name.')
      .max(MAX_RATING_NAME, 'A rating’s name is at most 60 characters.'),
    means: z.enum(ratingMeanings)
  })
  .strict()

export const RatingScale: z.ZodType<RatingScaleType> = z
  .array(Rating)
  .min(2, 'A rating scale has at least two ratings.')
  .max(MAX_RATINGS, `A rating scale has at most ${MAX_RATINGS} ratings.`)
  .refine((scale) => new Set(scale.map((rating) => rating.name.toLowerCase())).size === scale.length, {
    message: 'Two ratings have the same name.'
  })
  .refine(
    (scale) =>
      scale.some((rating) => rating.means === 'verified') &&
      scale.some((rating) => rating.means === 'disputed'),
    { message: 'The scale needs a rating meaning Verified and one meaning Disputed.' }
  )

const optionalLink = z
  .string()
  .trim()
  .max(2048, 'A web address is at most 2,048 characters.')
  .refine((value) => value === '' || isWebLink(value), {
    message: 'A web address starts with http:// or https://.'
  })

export const ClaimPublishing: z.ZodType<ClaimPublishingType> = z
  .object({
    url: optionalLink,
    claimant: z.string().trim().max(200, 'A claimant is at most 200 characters.'),
    appearedAt: optionalLink,
    appearedOn: z.union([
      z.literal(''),
      z.iso.date('A date is written YYYY-MM-DD.').max(10, 'A date is written YYYY-MM-DD.')
    ]),
    rating: z.string().trim().max(MAX_RATING_NAME)
  })
  .strict()

const Key = z.string().min(1).max(64)

export const PublishingSettingsSchema = z
  .object({
    ratingScale: RatingScale,
    claims: z.record(Key, z.record(Key, ClaimPublishing))
  })
  .strict()

/**
 * The formats of the ids that cross the API and key the stored records. Checked at the boundary,
 * so a lookup can never meet `__proto__`, `constructor` or a megabyte of text posing as an id.
 */
import { z } from 'zod'

/** Document ids become file names, so they are restricted to a safe alphabet. */
export const DocumentId = z
  .string()
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'A document id is 1–64 lowercase letters, digits or dashes.')

/** Claims are numbered in reading order when an article is built: `c1`, `c2`, … */
export const ClaimId = z
  .string()
  .max(10)
  .regex(/^c[1-9][0-9]{0,8}$/, 'A claim id is “c” and a number, such as c12.')

/** Highlights, sources and orphans: made by the app (`h-<uuid>`, `s-<uuid>`, `o3-<time>`). */
export const AnnotationId = z
  .string()
  .max(80)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/,
    'An annotation id is 1–80 letters, digits, dashes or underscores.'
  )

/** Times are ISO 8601 strings; generous, but bounded. */
export const Timestamp = z.string().max(40)

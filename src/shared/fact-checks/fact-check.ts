/**
 * A published fact-check: one ClaimReview by a fact-checking organisation, imported from a feed.
 * Every string is bounded and every link is http(s), here and in the file they are kept in.
 */
import { z } from 'zod'
import { isWebLink } from '../security/web-link'
import { Timestamp } from '../ids'

export const FACT_CHECK_LIMITS = {
  claim: 2000,
  name: 300,
  rating: 200,
  date: 64,
  url: 2048,
  origin: 255,
  /** Fact-checks in one feed, and in the whole collection. */
  perFeed: 10_000,
  collection: 50_000
} as const

const bounded = (max: number) => z.string().trim().min(1).max(max)

export const WebLink = z
  .string()
  .trim()
  .max(FACT_CHECK_LIMITS.url)
  .refine(isWebLink, 'Only http(s) links are kept.')

/** What a feed says about one fact-check. */
export const FactCheckDraft = z.object({
  /** The claim as the fact-checker worded it. */
  claim: bounded(FACT_CHECK_LIMITS.claim),
  /** Who made the claim, when the feed says. */
  claimant: bounded(FACT_CHECK_LIMITS.name).optional(),
  publisher: bounded(FACT_CHECK_LIMITS.name),
  publisherSite: WebLink.optional(),
  /** The verdict in the publisher's words: "False", "Mostly true", "Missing context". */
  rating: bounded(FACT_CHECK_LIMITS.rating),
  /** When the fact-check was published (as the feed gives it, usually an ISO date). */
  publishedAt: bounded(FACT_CHECK_LIMITS.date).optional(),
  url: WebLink
})
export type FactCheckDraft = z.infer<typeof FactCheckDraft>

export const FactCheckId = z
  .string()
  .max(40)
  .regex(/^f-[0-9a-z]{1,37}$/, 'A fact-check id is “f-” and up to 37 letters or digits.')

export const FactCheck = FactCheckDraft.extend({
  id: FactCheckId,
  addedAt: Timestamp,
  /** The file it came from. */
  origin: bounded(FACT_CHECK_LIMITS.origin)
})
export type FactCheck = z.infer<typeof FactCheck>

/** The collection's file in the data folder (`fact-checks.json`). */
export const FactCheckCollection = z.object({
  factChecks: z.array(FactCheck).max(FACT_CHECK_LIMITS.collection)
})
export type FactCheckCollection = z.infer<typeof FactCheckCollection>

/** One fact-check per review page and claim: importing a feed again updates, never duplicates. */
export const factCheckKey = (draft: Pick<FactCheckDraft, 'url' | 'claim'>): string =>
  `${draft.url}\u0000${draft.claim.toLowerCase()}`

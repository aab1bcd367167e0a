/**
 * The ClaimReview export (schema.org JSON-LD): one ClaimReview per claim with a verdict, with what
 * Google's fact-check markup asks for — the claim, a rating with its scale and a readable name, the
 * claim as it appeared (the article, its author or the quoted speaker), the reviewer and the date.
 * See https://schema.org/ClaimReview and Google's "Fact check" structured data.
 */
import { isVerdict, statusLabel, type StoredDocument, type Verdict } from '../model'
import type { Reviewer } from '../reviewer'
import {
  noClaimPublishing,
  publishedRating,
  type ClaimPublishing,
  type RatingScale
} from '../desk/view/publishing-scale'
import { claimsInReadingOrder, claimText, webAddress, type ClaimInsight } from './review-parts'

/** The rating scale: 1 (worst) to 3 (best). */
export const ratingValue: Record<Verdict, number> = { disputed: 1, 'needs-source': 2, verified: 3 }
const WORST_RATING = 1
const BEST_RATING = 3

/** An editor's sign-off on a claim of a desk document, as the export publishes it. */
export interface PublishedSignOff {
  editor: string
  verdict: Verdict
  reason: string
  at: string
  /** A verdict it saw has changed since: not published until an editor confirms it again. */
  stale: boolean
}

/**
 * A desk document publishes only what an editor signed off: the sign-offs by claim id, the desk's
 * rating scale, and each claim's publishing details (its fact-check's address, claimant, where and
 * when it appeared).
 */
export interface DeskPublishing {
  signOffs: Readonly<Record<string, PublishedSignOff>>
  ratingScale: RatingScale
  claims: Readonly<Record<string, ClaimPublishing>>
}

export interface ClaimReviewExportOptions {
  reviewer: Reviewer
  /** Each claim's analysis: the quoted speaker is the claim's author. */
  insights: readonly ClaimInsight[]
  /** Set for a desk document: then only signed-off claims are published, the editor as author. */
  desk?: DeskPublishing | null
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const person = (name: string): JsonObject => ({ '@type': 'Person', name })
const organisation = (name: string): JsonObject => ({ '@type': 'Organization', name })

function authorOf(reviewer: Reviewer): JsonObject | null {
  if (reviewer.name) {
    return reviewer.organisation
      ? { ...person(reviewer.name), affiliation: organisation(reviewer.organisation) }
      : person(reviewer.name)
  }
  return reviewer.organisation ? organisation(reviewer.organisation) : null
}

/** Where the claim appeared: the article, with its address, headline, author and publisher. */
function appearanceOf(document: StoredDocument): JsonObject {
  const url = webAddress(document)
  return {
    '@type': 'CreativeWork',
    ...(url ? { url } : {}),
    headline: document.title,
    ...(document.byline ? { author: person(document.byline) } : {}),
    ...(document.siteName ? { publisher: organisation(document.siteName) } : {}),
    ...(document.publishedAt ? { datePublished: document.publishedAt } : {})
  }
}

export function exportClaimReview(document: StoredDocument, options: ClaimReviewExportOptions): string {
  if (options.desk) return graph(deskReviews(document, options, options.desk))
  const speakers = new Map(options.insights.map((claim) => [claim.claimId, claim.quote?.speaker]))
  const author = authorOf(options.reviewer)
  const appearance = appearanceOf(document)
  const reviews: JsonObject[] = []
  for (const { claim, review } of claimsInReadingOrder(document)) {
    // Only verdicts are published: a sentence marked "not a claim" has no rating to give.
    if (!review || !isVerdict(review.status)) continue
    const claimAuthor = speakers.get(claim.id) ?? document.byline
    const lastChange = review.history.at(-1)?.at ?? review.updatedAt
    reviews.push({
      '@type': 'ClaimReview',
      claimReviewed: claimText(document, claim),
      reviewRating: {
        '@type': 'Rating',
        ratingValue: ratingValue[review.status],
        worstRating: WORST_RATING,
        bestRating: BEST_RATING,
        alternateName: statusLabel[review.status]
      },
      itemReviewed: {
        '@type': 'Claim',
        appearance,
        ...(claimAuthor ? { author: person(claimAuthor) } : {}),
        ...(document.publishedAt ? { datePublished: document.publishedAt } : {})
      },
      ...(author ? { author } : {}),
      datePublished: lastChange.slice(0, 10),
      ...(review.note.trim() ? { reviewBody: review.note.trim() } : {})
    })
  }
  return graph(reviews)
}

const graph = (reviews: JsonObject[]): string =>
  `${JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews }, null, 2)}\n`

/**
 * A desk document's ClaimReviews: one per claim an editor signed off (and that sign-off still
 * holds), rated on the desk's scale, authored by the signing editor for the reviewer's
 * organisation, with the sign-off's reason as its body. "Needs source" is never published.
 */
function deskReviews(
  document: StoredDocument,
  options: ClaimReviewExportOptions,
  desk: DeskPublishing
): JsonObject[] {
  const speakers = new Map(options.insights.map((claim) => [claim.claimId, claim.quote?.speaker]))
  const newsroom = options.reviewer.organisation
  const reviews: JsonObject[] = []
  for (const { claim } of claimsInReadingOrder(document)) {
    const signOff = Object.hasOwn(desk.signOffs, claim.id) ? desk.signOffs[claim.id] : undefined
    if (!signOff || signOff.stale) continue
    const details =
      (Object.hasOwn(desk.claims, claim.id) ? desk.claims[claim.id] : undefined) ?? noClaimPublishing
    const rating = publishedRating(desk.ratingScale, signOff.verdict, details.rating)
    if (!rating) continue
    const claimant = details.claimant.trim() || speakers.get(claim.id) || document.byline
    const appearance = details.appearedAt
      ? { '@type': 'CreativeWork', url: details.appearedAt }
      : appearanceOf(document)
    const appearedOn = details.appearedOn || document.publishedAt
    const editor = newsroom
      ? { ...person(signOff.editor), affiliation: organisation(newsroom) }
      : person(signOff.editor)
    reviews.push({
      '@type': 'ClaimReview',
      ...(details.url ? { url: details.url } : {}),
      claimReviewed: claimText(document, claim),
      reviewRating: {
        '@type': 'Rating',
        ratingValue: rating.value,
        worstRating: rating.worst,
        bestRating: rating.best,
        alternateName: rating.name
      },
      itemReviewed: {
        '@type': 'Claim',
        appearance,
        ...(claimant ? { author: person(claimant) } : {}),
        ...(appearedOn ? { datePublished: appearedOn } : {})
      },
      author: editor,
      datePublished: signOff.at.slice(0, 10),
      ...(signOff.reason.trim() ? { reviewBody: signOff.reason.trim() } : {})
    })
  }
  return reviews
}

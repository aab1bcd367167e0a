/**
 * The ClaimReview export (schema.org JSON-LD): one ClaimReview per claim with a verdict, with what
 * Google's fact-check markup asks for — the claim, a rating with its scale and a readable name, the
 * claim as it appeared (the article, its author or the quoted speaker), the reviewer and the date.
 * See https://schema.org/ClaimReview and Google's "Fact check" structured data.
 */
import { isVerdict, statusLabel, type StoredDocument, type Verdict } from '../model'
import type { Reviewer } from '../reviewer'
import { claimsInReadingOrder, claimText, webAddress, type ClaimInsight } from './review-parts'

/** The rating scale: 1 (worst) to 3 (best). */
export const ratingValue: Record<Verdict, number> = { disputed: 1, 'needs-source': 2, verified: 3 }
const WORST_RATING = 1
const BEST_RATING = 3

export interface ClaimReviewExportOptions {
  reviewer: Reviewer
  /** Each claim's analysis: the quoted speaker is the claim's author. */
  insights: readonly ClaimInsight[]
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
  return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews }, null, 2)}\n`
}

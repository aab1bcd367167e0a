/** Sources beyond adding and removing: editing one in place, and the document's sources to reuse. */
import { ApiFailure } from '../result'
import type { Annotations, Article, Source } from '../model'
import { claimPosition } from '../review/claim-lookup'
import { reviewFor, withReview } from './claim-review'

/** The claim's source with `source.id`, replaced by `source`; a missing one is an error. */
export function editSource(
  article: Article,
  annotations: Annotations,
  claimId: string,
  source: Source,
  now: string
): Annotations {
  const review = reviewFor(article, annotations, claimId, now)
  const index = review.sources.findIndex((existing) => existing.id === source.id)
  if (index < 0) throw new ApiFailure('not-found', 'That source is no longer on this claim.')
  const sources = review.sources.with(index, source)
  if (JSON.stringify(sources[index]) === JSON.stringify(review.sources[index])) return annotations
  return withReview(annotations, { ...review, sources, updatedAt: now })
}

/**
 * The sources cited anywhere in the document, once each (the same link, title and archive copy
 * count as one), in the order of the claims that cite them: what another claim can reuse.
 */
export function documentSources(article: Pick<Article, 'claims'>, annotations: Annotations): Source[] {
  // Only the reviews that cite something, placed through the claims' index (built once per claims
  // array): a change to one claim of a long article costs as much as in a short one.
  const place = (claimId: string) => claimPosition(article.claims, claimId) ?? Infinity
  const reviews = Object.values(annotations.claims)
    .filter((review) => review.sources.length > 0)
    .sort((a, b) => place(a.claimId) - place(b.claimId))
  const seen = new Set<string>()
  const sources: Source[] = []
  for (const review of reviews) {
    for (const source of review.sources) {
      const key = JSON.stringify([source.url, source.title, source.archiveUrl ?? ''])
      if (seen.has(key)) continue
      seen.add(key)
      sources.push(source)
    }
  }
  return sources
}

/** Claims recognised across the library, and the published fact-checks they are matched to. */
import type { Services } from '../../shared/contract'
import { FeedError, parseFeed } from '../../shared/fact-checks/claim-review-feed'
import type { FactChecksImported } from '../../shared/contract'
import { ApiFailure } from '../../shared/result'
import type { FactCheckStore } from '../store/fact-check-store'
import { findEntry, type ServiceDeps } from './service-deps'

type MatchingServices = Pick<Services, 'matchClaims' | 'listFactChecks' | 'removeFactCheck'>

export function matchingServices({ store, factChecks, matcher }: ServiceDeps): MatchingServices {
  return {
    async matchClaims({ documentId }) {
      findEntry(store, documentId)
      return matcher.matchesFor(await store.openDocument(documentId))
    },
    listFactChecks: () => factChecks.list(),
    async removeFactCheck({ factCheckId }) {
      if (!(await factChecks.remove(factCheckId))) {
        throw new ApiFailure('not-found', 'That fact-check is no longer in the library.')
      }
    }
  }
}

/** Imports a ClaimReview feed into the fact-check collection; a feed that cannot be used is refused whole. */
export async function importFeed(
  factChecks: FactCheckStore,
  fileName: string,
  text: string,
  now: Date
): Promise<FactChecksImported> {
  let feed
  try {
    feed = parseFeed(text, fileName)
  } catch (error) {
    if (error instanceof FeedError) throw new ApiFailure('bad-file', error.message)
    throw error
  }
  const { added, updated } = await factChecks.add(feed.factChecks, fileName, now)
  return { status: 'fact-checks', fileName, added, updated, skipped: feed.skipped }
}

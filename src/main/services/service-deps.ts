import type { LibraryEntry } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import type { WebFetchLimits } from '../fetch/fetch-page'
import type { ArticleBuilder } from '../import/article-input'
import type { ClaimMatcher } from '../matching/claim-matcher'
import type { ReviewedClaimIndex } from '../matching/reviewed-claim-index'
import type { FactCheckStore } from '../store/fact-check-store'
import type { LibraryStore } from '../store/library-store'
import type { HostPlatform } from './platform'

/** What every group of services is built from. */
export interface ServiceDeps {
  store: LibraryStore
  platform: HostPlatform
  version: string
  now: () => Date
  /** Turns an imported file into an article; the hosts run it on a worker thread. */
  articleBuilder: ArticleBuilder
  /** Tighter limits on fetching web pages, for tests (a short timeout, a small size cap). */
  webFetchLimits?: Partial<WebFetchLimits>
  /** Published fact-checks, and the index that matches claims across the library and to them. */
  factChecks: FactCheckStore
  matcher: ClaimMatcher
  /** The index of reviewed claims the matcher keeps; the hosts run it on a worker thread. */
  claimIndex?: () => ReviewedClaimIndex
}

/** The library entry for a document on the shelf, or a not-found failure the user can understand. */
export function findEntry(store: LibraryStore, documentId: string): LibraryEntry {
  const entry = store.index.documents.find((candidate) => candidate.id === documentId)
  if (!entry) throw new ApiFailure('not-found', 'That document is no longer in the library.')
  return entry
}

import type { Annotations, Article, StatusCounts } from '../model'
import { claimById } from '../review/claim-lookup'

/**
 * How many claims carry each status; the rest are unreviewed. It walks the reviews, not the
 * claims: a million-word article has ~80,000 claims and usually a few hundred reviews. Whether a
 * review's claim exists is asked of the claims' index, built once per claims array.
 */
export function countStatuses(article: Pick<Article, 'claims'>, annotations: Annotations): StatusCounts {
  const counts: StatusCounts = {
    verified: 0,
    disputed: 0,
    'needs-source': 0,
    'not-a-claim': 0,
    unreviewed: article.claims.length
  }
  for (const [claimId, review] of Object.entries(annotations.claims)) {
    // A review whose claim is gone (a stale file) counts for nothing, as before.
    if (!review.status || !claimById(article.claims, claimId)) continue
    counts[review.status]++
    counts.unreviewed--
  }
  return counts
}

export interface ReviewProgress {
  /** Claims with a verdict. */
  reviewed: number
  /** Claims to review: every claim but those marked "not a claim". */
  total: number
}

/** "x of y reviewed": sentences marked "not a claim" leave both sides of the count. */
export function reviewProgress(counts: StatusCounts, claimCount: number): ReviewProgress {
  const total = claimCount - counts['not-a-claim']
  return { reviewed: total - counts.unreviewed, total }
}

import type { Annotations, Article, StatusCounts } from '../model'
import { reviewOf } from './claim-review'

/**
 * How many claims carry each status; the rest are unreviewed. It walks the reviews, not the
 * claims: a document has far fewer reviews than claims, and none at all when just imported.
 */
export function countStatuses(article: Pick<Article, 'claims'>, annotations: Annotations): StatusCounts {
  const counts: StatusCounts = { verified: 0, disputed: 0, 'needs-source': 0, unreviewed: 0 }
  const reviewed = Object.keys(annotations.claims)
  const present = reviewed.length ? new Set(article.claims.map((claim) => claim.id)) : null
  let withStatus = 0
  for (const claimId of reviewed) {
    const status = present?.has(claimId) ? reviewOf(annotations, claimId)?.status : null
    if (!status) continue
    counts[status]++
    withStatus++
  }
  counts.unreviewed = article.claims.length - withStatus
  return counts
}

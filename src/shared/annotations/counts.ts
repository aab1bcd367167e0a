import type { Annotations, Article, StatusCounts } from '../model'
import { reviewOf } from './claim-review'

/** How many claims carry each status; the rest are unreviewed. */
export function countStatuses(article: Pick<Article, 'claims'>, annotations: Annotations): StatusCounts {
  const counts: StatusCounts = { verified: 0, disputed: 0, 'needs-source': 0, unreviewed: 0 }
  for (const claim of article.claims) {
    const status = reviewOf(annotations, claim.id)?.status
    if (status) counts[status]++
    else counts.unreviewed++
  }
  return counts
}

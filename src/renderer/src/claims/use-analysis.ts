/**
 * The claims engine's reading of the open document: kinds, scores, quotes and number checks,
 * computed once per document text (annotations do not change it).
 */
import { useMemo } from 'react'
import { analyzeArticle, type ClaimAnalysis, type NumberCheck } from '../../../shared/claims'
import type { Article } from '../../../shared/model'

export interface DocumentAnalysis {
  claims: ClaimAnalysis[]
  checks: NumberCheck[]
  byClaim: ReadonlyMap<string, ClaimAnalysis>
  /** The number checks each claim takes part in. */
  checksByClaim: ReadonlyMap<string, NumberCheck[]>
}

export function useAnalysis(article: Article | null): DocumentAnalysis | null {
  return useMemo(() => {
    if (!article) return null
    const { claims, checks } = analyzeArticle(article)
    const checksByClaim = new Map<string, NumberCheck[]>()
    for (const check of checks) {
      for (const claimId of check.claimIds)
        checksByClaim.set(claimId, [...(checksByClaim.get(claimId) ?? []), check])
    }
    return { claims, checks, byClaim: new Map(claims.map((claim) => [claim.claimId, claim])), checksByClaim }
    // The analysis depends only on the text and its structure, not on annotations.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article?.text, article?.claims, article?.blocks])
}

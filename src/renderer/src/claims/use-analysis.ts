/**
 * The claims engine's reading of the open document: kinds, scores, quotes and number checks,
 * computed once per document text (annotations do not change it). Short articles are analysed at
 * once; long ones in a worker, so opening them never stalls the page.
 */
import { useEffect, useMemo, useState } from 'react'
import {
  analyzeArticle,
  type ArticleAnalysis,
  type ClaimAnalysis,
  type NumberCheck
} from '../../../shared/claims'
import type { Article } from '../../../shared/model'

/** Up to this many characters the analysis takes a few milliseconds and runs in place. */
const ANALYZE_IN_PLACE_UP_TO = 200_000

export interface DocumentAnalysis {
  claims: ClaimAnalysis[]
  checks: NumberCheck[]
  byClaim: ReadonlyMap<string, ClaimAnalysis>
  /** The number checks each claim takes part in. */
  checksByClaim: ReadonlyMap<string, NumberCheck[]>
}

function indexed({ claims, checks }: ArticleAnalysis): DocumentAnalysis {
  const checksByClaim = new Map<string, NumberCheck[]>()
  for (const check of checks) {
    for (const claimId of check.claimIds) {
      checksByClaim.set(claimId, [...(checksByClaim.get(claimId) ?? []), check])
    }
  }
  return { claims, checks, byClaim: new Map(claims.map((claim) => [claim.claimId, claim])), checksByClaim }
}

export function useAnalysis(article: Article | null): DocumentAnalysis | null {
  const text = article?.text
  const claims = article?.claims
  const blocks = article?.blocks
  const inPlace = text !== undefined && text.length <= ANALYZE_IN_PLACE_UP_TO
  const [fromWorker, setFromWorker] = useState<{ text: string; analysis: DocumentAnalysis } | null>(null)

  // Depends only on the text and its structure, not on annotations.
  const immediate = useMemo(
    () =>
      inPlace && claims && blocks
        ? indexed(analyzeArticle({ title: '', source: '', text, claims, blocks }))
        : null,
    [inPlace, text, claims, blocks]
  )

  useEffect(() => {
    if (inPlace || text === undefined || !claims || !blocks) return
    const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<ArticleAnalysis>) => {
      setFromWorker({ text, analysis: indexed(event.data) })
      worker.terminate()
    }
    // Should a worker not start (a locked-down host), analyse here rather than never.
    worker.onerror = () => {
      worker.terminate()
      setFromWorker({
        text,
        analysis: indexed(analyzeArticle({ title: '', source: '', text, claims, blocks }))
      })
    }
    worker.postMessage({ title: '', source: '', text, claims, blocks } satisfies Article)
    return () => worker.terminate()
  }, [inPlace, text, claims, blocks])

  if (immediate) return immediate
  return fromWorker && fromWorker.text === text ? fromWorker.analysis : null
}

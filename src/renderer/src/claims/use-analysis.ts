/**
 * The claims engine's reading of the open document: kinds, scores, quotes and number checks,
 * computed once per document text (annotations do not change it). Short articles are analysed in
 * the page, long ones in a worker, so opening them never stalls the page. Either way the engine
 * (with its learned model, a third of the page's code) loads after the article is on screen.
 */
import { useEffect, useState } from 'react'
import type { ArticleAnalysis, ClaimAnalysis, NumberCheck } from '../../../shared/claims'
import type { Article } from '../../../shared/model'

/**
 * Up to this many characters (a short article) the analysis takes a few milliseconds and runs in
 * the page; longer ones would hold the page for longer than a frame, so they go to a worker.
 */
const ANALYZE_IN_PLACE_UP_TO = 20_000

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
  const [analysed, setAnalysed] = useState<{ text: string; analysis: DocumentAnalysis } | null>(null)

  // Depends only on the text and its structure, not on annotations.
  useEffect(() => {
    if (text === undefined || !claims || !blocks) return
    const input: Article = { title: '', source: '', text, claims, blocks }
    let current = true
    const inPlace = async () => {
      const { analyzeArticle } = await import('../../../shared/claims/analyze')
      if (current) setAnalysed({ text, analysis: indexed(analyzeArticle(input)) })
    }
    if (text.length <= ANALYZE_IN_PLACE_UP_TO) {
      void inPlace()
      return () => {
        current = false
      }
    }
    const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<ArticleAnalysis>) => {
      setAnalysed({ text, analysis: indexed(event.data) })
      worker.terminate()
    }
    // Should a worker not start (a locked-down host), analyse here rather than never.
    worker.onerror = () => {
      worker.terminate()
      void inPlace()
    }
    worker.postMessage(input)
    return () => {
      current = false
      worker.terminate()
    }
  }, [text, claims, blocks])

  return analysed && analysed.text === text ? analysed.analysis : null
}

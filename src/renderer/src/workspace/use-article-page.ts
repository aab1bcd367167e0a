/**
 * The article as it is on the page: the one place the workspace looks up claims, search hits and
 * the text selection in the DOM. In a long, virtualized article an element may not be rendered
 * yet; these bring its block on screen first (see reading/reveal.ts).
 */
import { useCallback, useRef } from 'react'
import type { Claim } from '../../../shared/model'
import { claimById } from '../../../shared/review/claim-lookup'
import { selectedOffsets } from '../reading/dom-offsets'
import { whenRendered, type Reveal } from '../reading/reveal'

export function useArticlePage(claims: readonly Claim[]) {
  const articleRef = useRef<HTMLDivElement>(null)
  /** Set by the reading view while the article is virtualized. */
  const revealRef = useRef<Reveal | null>(null)
  const find = (selector: string) => articleRef.current?.querySelector<HTMLElement>(selector) ?? null
  /** Hands the claim's element to `then` once it is on the page; stable while the claims are. */
  const withClaim = useCallback(
    (claimId: string, then: (element: HTMLElement) => void) =>
      whenRendered(
        () =>
          articleRef.current?.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(claimId)}"]`) ?? null,
        claimById(claims, claimId)?.start ?? 0,
        revealRef,
        then
      ),
    [claims]
  )

  return {
    articleRef,
    revealRef,
    withClaim,
    /** Centres the current search hit, after the render that marks it as current. */
    centreCurrentHit: (offset: number) =>
      requestAnimationFrame(() =>
        whenRendered(
          () => find('.search-hit--current'),
          offset,
          revealRef,
          (target) => target.scrollIntoView({ block: 'center' })
        )
      ),
    /** The document span of the text selected in the article, if any. */
    selectedSpan: () => selectedOffsets(articleRef.current)
  }
}

/** What the other hooks use; the refs go to the elements. */
export type ArticlePage = Omit<ReturnType<typeof useArticlePage>, 'articleRef' | 'revealRef'>

/**
 * Keeps the reader's place when the text reflows (text size, line width): the claim at the top of
 * the reading pane is noted as the reader scrolls, and after a reflow the pane scrolls so that claim
 * is back where it was.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

interface Anchor {
  claimId: string
  /** The claim's top, from the pane's top edge, in px. */
  offset: number
}

/** The first claim whose box reaches below the pane's top edge: claims are in page order. */
function topClaim(pane: HTMLElement): Anchor | null {
  const claims = pane.querySelectorAll<HTMLElement>('.claim[data-claim-id]')
  const paneTop = pane.getBoundingClientRect().top
  let low = 0
  let high = claims.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (claims[middle]!.getBoundingClientRect().bottom <= paneTop) low = middle + 1
    else high = middle
  }
  const claim = claims[low]
  const claimId = claim?.dataset['claimId']
  return claim && claimId ? { claimId, offset: claim.getBoundingClientRect().top - paneTop } : null
}

/** `layout` changes exactly when the text reflows (e.g. `${fontSize}-${measure}`). */
export function useReadingAnchor(paneRef: RefObject<HTMLElement | null>, layout: string) {
  const anchor = useRef<Anchor | null>(null)

  useEffect(() => {
    const pane = paneRef.current
    if (!pane) return
    let frame = 0
    const note = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        anchor.current = topClaim(pane)
      })
    }
    note()
    pane.addEventListener('scroll', note, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      pane.removeEventListener('scroll', note)
    }
  }, [paneRef])

  useLayoutEffect(() => {
    const pane = paneRef.current
    const kept = anchor.current
    if (!pane || !kept) return
    const claim = pane.querySelector<HTMLElement>(`.claim[data-claim-id="${CSS.escape(kept.claimId)}"]`)
    if (!claim) return
    const offset = claim.getBoundingClientRect().top - pane.getBoundingClientRect().top
    pane.scrollTop += offset - kept.offset
    // Only a reflow moves the page; the anchor itself is kept up to date by scrolling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout])
}

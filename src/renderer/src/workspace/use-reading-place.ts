/**
 * Reopening where the reader left off: the selected claim and how far down the page they were,
 * saved to the library as they move and restored when the document opens again.
 */
import { useCallback, useEffect, useRef } from 'react'
import type { StoredDocument } from '../../../shared/model'
import { useApi } from '../services/service-context'

/** Scrolling saves once the reader pauses, not on every frame. */
const SCROLL_SAVE_DELAY_MS = 400

interface ReadingPlaceDeps {
  document: StoredDocument
  selectedClaimId: string | null
  /** Selects a claim without moving focus or scrolling (the saved scroll position wins). */
  restoreSelection: (claimId: string) => void
  /** A claim to open on instead of the saved place (a jump from another document), and how to show it. */
  jumpTo?: { claimId: string; reveal: (claimId: string) => void } | null
}

/** Answers the ref for the scrolling reading pane, whose position it saves and restores. */
export function useReadingPlace({ document, selectedClaimId, restoreSelection, jumpTo }: ReadingPlaceDeps) {
  const api = useApi()
  const paneRef = useRef<HTMLDivElement>(null)
  const documentId = document.id
  const restored = useRef<string | null>(null)
  const latest = useRef<{ claimId: string | null; scrollFraction: number }>({
    claimId: null,
    scrollFraction: 0
  })

  // Read once, when the document opens: a jump is where this visit starts, not a later move.
  const jump = useRef(jumpTo)
  useEffect(() => {
    let current = true
    restored.current = null
    const target = jump.current
    if (target) {
      target.reveal(target.claimId)
      restored.current = documentId
      return
    }
    void api.getReadingPlace({ documentId }).then((result) => {
      if (!current) return
      const place = result.ok ? result.value : null
      const pane = paneRef.current
      if (place && pane) {
        pane.scrollTop = place.scrollFraction * (pane.scrollHeight - pane.clientHeight)
        latest.current.scrollFraction = place.scrollFraction
        if (place.claimId) restoreSelection(place.claimId)
      }
      restored.current = documentId
    })
    return () => {
      current = false
    }
  }, [documentId, paneRef, restoreSelection, api])

  const save = useCallback(() => {
    // Nothing is saved before the saved place has been restored, or it would be overwritten.
    if (restored.current !== documentId) return
    void api.saveReadingPlace({ documentId, place: { ...latest.current } })
  }, [documentId, api])

  useEffect(() => {
    latest.current.claimId = selectedClaimId
    save()
  }, [selectedClaimId, save])

  useEffect(() => {
    const pane = paneRef.current
    if (!pane) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // Measured once the reader pauses: reading scrollHeight on every scroll event forced a layout
    // in every frame of a long article.
    const savePlace = () => {
      const room = pane.scrollHeight - pane.clientHeight
      latest.current.scrollFraction = room > 0 ? Math.min(1, Math.max(0, pane.scrollTop / room)) : 0
      save()
    }
    const onScroll = () => {
      clearTimeout(timer)
      timer = setTimeout(savePlace, SCROLL_SAVE_DELAY_MS)
    }
    pane.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      pane.removeEventListener('scroll', onScroll)
      clearTimeout(timer)
    }
  }, [paneRef, save])

  return paneRef
}

/**
 * A small Highlight button that appears next to a text selection in the article. Pressing it (or
 * `h`) turns the selection into a highlight.
 */
import { useEffect, useRef, useState, type RefObject } from 'react'
import { selectedOffsets } from './dom-offsets'

interface SelectionHighlighterProps {
  articleRef: RefObject<HTMLElement | null>
  onHighlight: (span: { start: number; end: number }) => void
}

const BUTTON_HEIGHT = 36

interface Placement {
  top: number
  left: number
}

export function SelectionHighlighter({ articleRef, onHighlight }: SelectionHighlighterProps) {
  const [placement, setPlacement] = useState<Placement | null>(null)
  const shown = useRef(false)
  useEffect(() => {
    shown.current = placement !== null
  }, [placement])

  useEffect(() => {
    const update = () => {
      const selection = window.getSelection()
      const span = selectedOffsets(articleRef.current)
      if (!span || !selection || selection.rangeCount === 0) return setPlacement(null)
      const rects = selection.getRangeAt(0).getClientRects()
      const first = rects[0]
      const last = rects[rects.length - 1]
      if (!first || !last) return setPlacement(null)
      // Below the end of the selection, or above its start when that would leave the window.
      const below = last.bottom + 6
      const top =
        below + BUTTON_HEIGHT < window.innerHeight ? below : Math.max(4, first.top - BUTTON_HEIGHT - 6)
      const anchor = below === top ? last.right : first.left
      setPlacement({ top, left: Math.min(Math.max(anchor, 70), window.innerWidth - 70) })
    }
    // Scrolling only moves a button already shown; asking for the selection on every scroll of a
    // long article made the browser lay out the blocks just drawn inside the scroll event.
    const follow = () => {
      if (shown.current) update()
    }
    document.addEventListener('selectionchange', update)
    window.addEventListener('resize', update)
    window.addEventListener('scroll', follow, true)
    return () => {
      document.removeEventListener('selectionchange', update)
      window.removeEventListener('resize', update)
      window.removeEventListener('scroll', follow, true)
    }
  }, [articleRef])

  if (!placement) return null
  return (
    <button
      type="button"
      className="selection-highlight button button--primary"
      style={{ top: placement.top, left: placement.left }}
      aria-keyshortcuts="h"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        const span = selectedOffsets(articleRef.current)
        if (span) onHighlight(span)
      }}
    >
      Highlight <kbd aria-hidden="true">h</kbd>
    </button>
  )
}

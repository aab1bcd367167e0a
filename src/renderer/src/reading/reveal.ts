/**
 * Finding an element of a long, virtualized article that may not be rendered yet: ask the reading
 * view to bring its block on screen, then look again on each of the next frames until it is there.
 */
import type { RefObject } from 'react'

/** Brings the block holding a document offset on screen (set by the virtualized reading view). */
export type Reveal = (offset: number) => void

/** Frames to wait for a revealed block to render before giving up. */
const MAX_FRAMES = 30

export function whenRendered(
  find: () => HTMLElement | null,
  offset: number,
  revealRef: RefObject<Reveal | null>,
  then: (element: HTMLElement) => void
): void {
  const found = find()
  if (found) return then(found)
  const reveal = revealRef.current
  if (!reveal) return
  reveal(offset)
  let frames = 0
  const look = () => {
    const element = find()
    if (element) then(element)
    else if (++frames < MAX_FRAMES) requestAnimationFrame(look)
  }
  requestAnimationFrame(look)
}

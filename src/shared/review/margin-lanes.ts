/**
 * Side-by-side lanes for the verdict bars in the margin: a claim whose lines overlap an earlier
 * claim's (two claims sharing a line) takes the next free lane, so no bar hides another.
 */

/** A claim with a status, as the vertical extent of its lines on the page. */
export interface MarginSpan {
  status: string
  top: number
  bottom: number
}

export interface MarginMark extends MarginSpan {
  /** 0 is nearest the text. */
  lane: number
  left: number
}

/** Lanes for spans in document order; `left` is left for the caller to place. */
export function marginLanes(spans: readonly MarginSpan[]): Omit<MarginMark, 'left'>[] {
  const laneBottoms: number[] = []
  return spans.map((span) => {
    // Half a pixel of slack: lines that only touch do not overlap.
    let lane = laneBottoms.findIndex((bottom) => bottom <= span.top + 0.5)
    if (lane === -1) lane = laneBottoms.length
    laneBottoms[lane] = span.bottom
    return { ...span, lane }
  })
}

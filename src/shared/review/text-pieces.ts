/**
 * Splits a span of the document text into pieces at the edges of marks (highlights, search hits),
 * so overlapping marks can be drawn as nested elements. Offsets are document offsets.
 */

export interface Mark {
  start: number
  end: number
  /** Identifies the mark, e.g. `h:<highlight id>` or `hit:<index>`. */
  key: string
}

export interface Piece {
  start: number
  end: number
  /** Keys of the marks covering the whole piece, in the order the marks were given. */
  marks: string[]
}

/** Marks that overlap [start, end). */
export function marksWithin(marks: readonly Mark[], start: number, end: number): Mark[] {
  return marks.filter((mark) => mark.start < end && mark.end > start)
}

export function splitIntoPieces(start: number, end: number, marks: readonly Mark[]): Piece[] {
  if (start >= end) return []
  const inside = marksWithin(marks, start, end)
  const cuts = new Set<number>([start, end])
  for (const mark of inside) {
    if (mark.start > start) cuts.add(mark.start)
    if (mark.end < end) cuts.add(mark.end)
  }
  const edges = [...cuts].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let index = 0; index + 1 < edges.length; index++) {
    const from = edges[index]!
    const to = edges[index + 1]!
    pieces.push({
      start: from,
      end: to,
      marks: inside.filter((mark) => mark.start <= from && mark.end >= to).map((mark) => mark.key)
    })
  }
  return pieces
}

/** A stable signature of the marks over a span, so a memoized claim redraws only when they change. */
export function marksSignature(marks: readonly Mark[]): string {
  return marks.map((mark) => `${mark.key}@${mark.start}-${mark.end}`).join(',')
}

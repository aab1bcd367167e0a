/**
 * The verdict bars in the margin, one per line of text: a line that carries several reviewed
 * claims gets one bar, in the colour of its most severe verdict (disputed, then needs source, then
 * verified), naming every claim on it. Side-by-side bars, one per claim, left the reader unable to
 * tell which was whose. Lines in a row with the same verdict join into one bar.
 */
import type { Verdict } from '../status'

/** One line box of a reviewed claim, as the page lays it out. */
export interface ClaimLine {
  claimId: string
  verdict: Verdict
  top: number
  bottom: number
}

export interface MarginBar {
  verdict: Verdict
  top: number
  bottom: number
  /** The claims beside the bar, in document order, each once. */
  claimIds: string[]
}

/** Most severe first: a disputed claim on a line outranks a verified one. */
export const verdictSeverity: readonly Verdict[] = ['disputed', 'needs-source', 'verified']

const severer = (a: Verdict, b: Verdict): Verdict =>
  verdictSeverity.indexOf(a) <= verdictSeverity.indexOf(b) ? a : b

interface Line {
  top: number
  bottom: number
  verdict: Verdict
  claimIds: string[]
}

const addClaim = (claimIds: string[], claimId: string) => {
  if (!claimIds.includes(claimId)) claimIds.push(claimId)
}

/** The bars for `lines` (any order): lines that overlap vertically are one line of text. */
export function marginBars(lines: readonly ClaimLine[]): MarginBar[] {
  const sorted = [...lines].sort((a, b) => a.top - b.top || a.bottom - b.bottom)
  const textLines: Line[] = []
  for (const fragment of sorted) {
    const last = textLines.at(-1)
    // Two fragments share a line when most of the shorter one lies within the other.
    const overlap = last ? Math.min(last.bottom, fragment.bottom) - Math.max(last.top, fragment.top) : 0
    const shorter = last ? Math.min(last.bottom - last.top, fragment.bottom - fragment.top) : 0
    if (last && overlap > shorter / 2) {
      last.top = Math.min(last.top, fragment.top)
      last.bottom = Math.max(last.bottom, fragment.bottom)
      last.verdict = severer(last.verdict, fragment.verdict)
      addClaim(last.claimIds, fragment.claimId)
    } else {
      textLines.push({ ...fragment, claimIds: [fragment.claimId] })
    }
  }
  const bars: MarginBar[] = []
  for (const line of textLines) {
    const last = bars.at(-1)
    // The next line of the same paragraph: closer than a line's own height (a paragraph gap is more).
    const next = last && line.top - last.bottom < (line.bottom - line.top) * 0.9
    if (last && next && last.verdict === line.verdict) {
      last.bottom = line.bottom
      for (const claimId of line.claimIds) addClaim(last.claimIds, claimId)
    } else {
      bars.push({ verdict: line.verdict, top: line.top, bottom: line.bottom, claimIds: [...line.claimIds] })
    }
  }
  return bars
}

/**
 * The desk's marks in the right margin, beside each claim that needs an editor's eye or has had
 * it: ≠ where the members disagree, ✓ where an editor signed off, ! where that sign-off went out of
 * date. Measured from the claims on the page like the verdict bars on the left (VerdictMargin), so
 * it follows layout, text size and the blocks a long article has on screen. The same facts are in
 * words in the claim panel's Desk section; the marks are for the eye.
 */
import { useCallback, type RefObject } from 'react'
import { useMarginMarks } from '../reading/use-margin-marks'
import type { DeskMark } from '../../../shared/desk/view/desk-filter'

const GAP = 10
/** The mark's width, so it is never drawn past the page's edge. */
const MARK = 20

interface Placed {
  claimId: string
  mark: DeskMark
  top: number
  left: number
}

const glyph: Record<DeskMark, string> = { disagreement: '≠', 'signed-off': '✓', stale: '!' }

function measure(page: HTMLElement, marks: ReadonlyMap<string, DeskMark>): Placed[] {
  const origin = page.getBoundingClientRect()
  const article = page.querySelector('.article')
  if (!article || marks.size === 0) return []
  // A window too narrow for a margin on the right draws no marks rather than marks over the text.
  const right = article.getBoundingClientRect().right - origin.left
  const room = page.clientWidth - right
  if (room < MARK + 4) return []
  const left = right + Math.min(GAP, room - MARK - 2)
  const placed: Placed[] = []
  for (const [claimId, mark] of marks) {
    const claim = page.querySelector<HTMLElement>(`.claim[data-claim-id="${CSS.escape(claimId)}"]`)
    const first = claim ? Array.from(claim.getClientRects()).find((rect) => rect.width > 0) : undefined
    if (!first) continue
    placed.push({ claimId, mark, top: first.top - origin.top, left })
  }
  return placed
}

const samePlaces = (a: readonly Placed[], b: readonly Placed[]) =>
  a.length === b.length &&
  a.every((place, index) => {
    const other = b[index]
    return (
      other !== undefined &&
      other.claimId === place.claimId &&
      other.mark === place.mark &&
      other.top === place.top &&
      other.left === place.left
    )
  })

export function DeskMargin({
  pageRef,
  marks
}: {
  pageRef: RefObject<HTMLElement | null>
  marks: ReadonlyMap<string, DeskMark>
}) {
  const measured = useCallback((page: HTMLElement) => measure(page, marks), [marks])
  const placed = useMarginMarks(pageRef, measured, samePlaces, {})

  return (
    <div className="desk-margin" aria-hidden="true">
      {placed.map((place) => (
        <span
          key={place.claimId}
          className={`desk-mark desk-mark--${place.mark}`}
          data-claim-id={place.claimId}
          style={{ top: place.top, left: place.left }}
        >
          {glyph[place.mark]}
        </span>
      ))}
    </div>
  )
}

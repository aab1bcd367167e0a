/**
 * The desk's marks in the right margin, beside each claim that needs an editor's eye or has had
 * it: ≠ where the members disagree, ✓ where an editor signed off, ! where that sign-off went out of
 * date. Measured from the claims on the page like the verdict bars on the left (VerdictMargin), so
 * it follows layout, text size and the blocks a long article has on screen. The same facts are in
 * words in the claim panel's Desk section; the marks are for the eye.
 */
import { useEffect, useState, type RefObject } from 'react'
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
  const [placed, setPlaced] = useState<Placed[]>([])

  useEffect(() => {
    const page = pageRef.current
    if (!page) return
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const measured = measure(page, marks)
        setPlaced((shown) => (samePlaces(shown, measured) ? shown : measured))
      })
    }
    update()
    const mutations = new MutationObserver((records) => {
      const fromArticle = (node: Node) =>
        !(node instanceof Element ? node : node.parentElement)?.closest('.desk-margin, .verdict-margin')
      if (records.some((record) => fromArticle(record.target))) update()
    })
    mutations.observe(page, { subtree: true, childList: true })
    const resizes = new ResizeObserver(update)
    resizes.observe(page)
    return () => {
      cancelAnimationFrame(frame)
      mutations.disconnect()
      resizes.disconnect()
    }
  }, [pageRef, marks])

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

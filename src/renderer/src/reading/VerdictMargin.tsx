/**
 * The verdicts' own channel: a bar in the margin beside the lines of every claim with a status, in
 * the status's colour (needs source dashed), beside the icon at the claim's end. It is drawn from
 * the claims on the page (`.claim[data-verdict]`), so it follows layout, text size and the blocks a
 * long article has on screen; claims sharing a line get bars side by side.
 */
import { useEffect, useState, type RefObject } from 'react'
import { marginLanes, type MarginMark } from '../../../shared/review/margin-lanes'

/** How far left of the text the nearest bar sits, and how far apart side-by-side bars are, in px. */
const GAP = 10
const LANE = 6

function measure(page: HTMLElement): MarginMark[] {
  const origin = page.getBoundingClientRect()
  const article = page.querySelector('.article')
  if (!article) return []
  const left = article.getBoundingClientRect().left - origin.left
  const spans: { status: string; top: number; bottom: number }[] = []
  for (const claim of page.querySelectorAll<HTMLElement>('.claim[data-verdict]')) {
    const rects = Array.from(claim.getClientRects()).filter((rect) => rect.width > 0)
    const first = rects[0]
    const last = rects.at(-1)
    if (!first || !last) continue
    spans.push({
      status: claim.dataset['verdict'] ?? '',
      top: first.top - origin.top,
      bottom: last.bottom - origin.top
    })
  }
  return marginLanes(spans).map((mark) => ({ ...mark, left: left - GAP - mark.lane * LANE }))
}

function sameMarks(a: readonly MarginMark[], b: readonly MarginMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((mark, index) => {
      const other = b[index]
      return (
        other !== undefined &&
        mark.status === other.status &&
        mark.top === other.top &&
        mark.bottom === other.bottom &&
        mark.lane === other.lane &&
        mark.left === other.left
      )
    })
  )
}

export function VerdictMargin({ pageRef }: { pageRef: RefObject<HTMLElement | null> }) {
  const [marks, setMarks] = useState<MarginMark[]>([])

  useEffect(() => {
    const page = pageRef.current
    if (!page) return
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      // The same marks keep the same state: scrolling a long article past claims with no verdict
      // changes the blocks on the page every frame, and need not redraw the margin each time.
      frame = requestAnimationFrame(() => {
        const measured = measure(page)
        setMarks((shown) => (sameMarks(shown, measured) ? shown : measured))
      })
    }
    update()
    // Statuses, the blocks on screen and their text change the DOM; text size and width resize it.
    const mutations = new MutationObserver((records) => {
      // Drawing the marks is a change too; only the article's own changes call for new ones.
      const fromArticle = (node: Node) =>
        !(node instanceof Element ? node : node.parentElement)?.closest('.verdict-margin')
      if (records.some((record) => fromArticle(record.target))) update()
    })
    mutations.observe(page, { subtree: true, childList: true, attributeFilter: ['data-verdict'] })
    const resizes = new ResizeObserver(update)
    resizes.observe(page)
    void document.fonts?.ready.then(update)
    return () => {
      cancelAnimationFrame(frame)
      mutations.disconnect()
      resizes.disconnect()
    }
  }, [pageRef])

  return (
    <div className="verdict-margin" aria-hidden="true">
      {marks.map((mark) => (
        <span
          key={`${mark.top}-${mark.lane}`}
          className={`verdict-mark verdict-mark--${mark.status}`}
          style={{ top: mark.top, height: mark.bottom - mark.top, left: mark.left }}
        />
      ))}
    </div>
  )
}

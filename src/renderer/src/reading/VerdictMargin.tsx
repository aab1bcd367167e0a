/**
 * The verdicts' own channel: a bar in the margin beside each line that carries a reviewed claim,
 * in the colour of the most severe verdict on that line (needs source dashed), beside the icon at
 * the claim's end (shared/review/margin-lines.ts). Pointing at a bar names the claims it stands
 * for. It is drawn from the claims on the page (`.claim[data-verdict]`), so it follows layout,
 * text size and the blocks a long article has on screen.
 */
import type { RefObject } from 'react'
import { useMarginMarks } from './use-margin-marks'
import { marginBars, type ClaimLine, type MarginBar } from '../../../shared/review/margin-lines'
import { statusLabel, verdicts, type Verdict } from '../../../shared/status'

/** How far left of the text the bar sits, in px. */
const GAP = 10

interface DrawnBar extends MarginBar {
  left: number
  /** What the bar's tooltip says: each claim with its verdict. */
  names: string
}

const verdictOf = (value: string | undefined): Verdict | null =>
  verdicts.find((verdict) => verdict === value) ?? null

/** The claim's opening words, enough to recognise it (its text pieces, not its icons' hidden words). */
function opening(claim: HTMLElement): string {
  const pieces = Array.from(claim.querySelectorAll('[data-start]'), (piece) => piece.textContent ?? '')
  const words = pieces.join('').trim().split(/\s+/)
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ')
}

function measure(page: HTMLElement): DrawnBar[] {
  const origin = page.getBoundingClientRect()
  const article = page.querySelector('.article')
  if (!article) return []
  const left = article.getBoundingClientRect().left - origin.left - GAP
  const lines: ClaimLine[] = []
  const named = new Map<string, string>()
  for (const claim of page.querySelectorAll<HTMLElement>('.claim[data-verdict]')) {
    const verdict = verdictOf(claim.dataset['verdict'])
    const claimId = claim.dataset['claimId']
    if (!claimId || !verdict) continue
    for (const rect of claim.getClientRects()) {
      if (rect.width === 0) continue
      lines.push({
        claimId,
        verdict,
        top: rect.top - origin.top,
        bottom: rect.bottom - origin.top
      })
    }
    named.set(claimId, `${statusLabel[verdict]}: “${opening(claim)}”`)
  }
  return marginBars(lines).map((bar) => ({
    ...bar,
    left,
    names: bar.claimIds.map((claimId) => named.get(claimId) ?? '').join('\n')
  }))
}

function sameBars(a: readonly DrawnBar[], b: readonly DrawnBar[]): boolean {
  return (
    a.length === b.length &&
    a.every((bar, index) => {
      const other = b[index]
      return (
        other !== undefined &&
        bar.verdict === other.verdict &&
        bar.top === other.top &&
        bar.bottom === other.bottom &&
        bar.left === other.left &&
        bar.names === other.names
      )
    })
  )
}

export function VerdictMargin({ pageRef }: { pageRef: RefObject<HTMLElement | null> }) {
  // Statuses, the blocks on screen and their text change the DOM; text size and width resize it.
  const bars = useMarginMarks(pageRef, measure, sameBars, { attributes: ['data-verdict'], afterFonts: true })

  // Hidden from screen readers: each claim says its own verdict. The tooltip is for the eye.
  return (
    <div className="verdict-margin" aria-hidden="true">
      {bars.map((bar) => (
        <span
          key={`${bar.top}-${bar.verdict}`}
          className={`verdict-mark verdict-mark--${bar.verdict}`}
          title={bar.names}
          data-claims={bar.claimIds.join(' ')}
          style={{ top: bar.top, height: bar.bottom - bar.top, left: bar.left }}
        />
      ))}
    </div>
  )
}

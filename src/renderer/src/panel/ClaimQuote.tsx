/**
 * The selected claim's words at the head of the panel, with the article's own formatting: emphasis,
 * strong, and its links as real links. They are the keyboard's way to the article's links (Tab
 * from the claim reaches them), and they open as note links do: system browser, or a new tab.
 */
import { Fragment, memo, type ReactNode } from 'react'
import type { Claim, StoredDocument } from '../../../shared/model'
import { formattingOf, formattingWithin } from '../../../shared/review/formatting-marks'
import type { Mark } from '../../../shared/review/text-pieces'
import { ExternalLink } from '../components/ExternalLink'

interface ClaimQuoteProps {
  text: string
  inlines: StoredDocument['inlines']
  claim: Claim
}

function wrap(key: string, children: ReactNode[]): ReactNode {
  const formatting = formattingOf(key)
  if (formatting?.kind === 'emphasis') return <em>{children}</em>
  if (formatting?.kind === 'strong') return <strong>{children}</strong>
  if (formatting?.kind !== 'link') return children
  return (
    <ExternalLink className="panel-claim-link" href={formatting.href} title={formatting.href}>
      {children}
    </ExternalLink>
  )
}

/** [from, to) of the text with its marks (outer first, all inside the range) as nested elements. */
function renderRange(text: string, from: number, to: number, marks: Mark[]): ReactNode[] {
  const out: ReactNode[] = []
  let cursor = from
  let index = 0
  while (index < marks.length) {
    const outer = marks[index]!
    let next = index + 1
    while (next < marks.length && marks[next]!.start < outer.end) next++
    const inner = marks
      .slice(index + 1, next)
      .map((mark) => ({ ...mark, end: Math.min(mark.end, outer.end) }))
    if (outer.start > cursor) out.push(text.slice(cursor, outer.start))
    out.push(
      <Fragment key={outer.start}>
        {wrap(outer.key, renderRange(text, outer.start, outer.end, inner))}
      </Fragment>
    )
    cursor = outer.end
    index = next
  }
  if (cursor < to) out.push(text.slice(cursor, to))
  return out
}

/**
 * Memoized on the text, its formatting and the claim: tagging changes none of them, and finding the
 * claim's formatting walks every inline mark of the article.
 */
export const ClaimQuote = memo(function ClaimQuote({ text, inlines, claim }: ClaimQuoteProps) {
  const marks = formattingWithin(inlines ?? [], claim.start, claim.end)
  return <>{renderRange(text, claim.start, claim.end, marks)}</>
})

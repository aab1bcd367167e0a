/**
 * One block of the article with its claims, drawn over by its own formatting, highlights and
 * search hits. Memoized so that a change redraws only the blocks it touches: tagging a claim
 * redraws that claim's paragraph, and scrolling a long article draws only the blocks coming into
 * view. Document-wide inputs (reviews, the selection, the filter) are compared for this block's
 * claims only.
 */
import { memo, type ReactNode } from 'react'
import type { NumberCheck } from '../../../shared/claims'
import { isCheckWorthy } from '../../../shared/claims'
import type { Block, Claim, ClaimReview } from '../../../shared/model'
import { marksWithin, splitIntoPieces, type Mark } from '../../../shared/review/text-pieces'
import { CheckChips } from '../claims/CheckChips'
import type { DocumentAnalysis } from '../claims/use-analysis'
import { ArticleTable } from './ArticleTable'
import { BlockElement } from './BlockElement'
import { ClaimText, WORD_JOINER } from './ClaimText'
import { piecesKey, renderPieces, type MarkStyle } from './MarkedText'

export interface ReadingBlockProps {
  block: Block
  /** A heading straight after the title: part of the headline. */
  deck: boolean
  text: string
  /** The claims that start in this block, in order. */
  claims: readonly Claim[]
  /** This block's inline formatting, and its highlights and search hits. */
  formatting: readonly Mark[]
  marks: readonly Mark[]
  markStyle: MarkStyle
  /** Every claim's review, by claim id: only this block's claims are looked at. */
  reviews: Readonly<Record<string, ClaimReview>>
  selectedClaimId: string | null
  tabbableId: string | null
  noteHits: ReadonlyMap<string, 'hit' | 'current'>
  matching: ReadonlySet<string> | null
  analysis: DocumentAnalysis | null
  /** Both stable for the life of the view. */
  onSelectClaim: (claimId: string) => void
  onShowCheck: (check: NumberCheck) => void
}

const reviewIn = (reviews: ReadingBlockProps['reviews'], claimId: string): ClaimReview | undefined =>
  Object.hasOwn(reviews, claimId) ? reviews[claimId] : undefined

function ReadingBlockView(props: ReadingBlockProps) {
  const { block, deck, text, claims, markStyle, reviews, selectedClaimId, tabbableId } = props
  const { noteHits, matching, analysis, onSelectClaim, onShowCheck } = props
  // Formatting first, so links, <strong> and <em> are outside highlights and search hits.
  const marks = props.formatting.length ? [...props.formatting, ...props.marks] : props.marks
  const plain = (start: number, end: number): ReactNode[] =>
    renderPieces(text, splitIntoPieces(start, end, marksWithin(marks, start, end)), markStyle)
  /** The text from `start` to `end` with the claims in it (all of this block's claims lie in one such run). */
  const withClaims = (start: number, end: number): ReactNode[] => {
    const parts: ReactNode[] = []
    let cursor = start
    for (const claim of claims) {
      if (claim.start > cursor) parts.push(...plain(cursor, claim.start))
      const review = reviewIn(reviews, claim.id)
      const pieces = splitIntoPieces(claim.start, claim.end, marksWithin(marks, claim.start, claim.end))
      parts.push(
        <ClaimText
          key={claim.id}
          claimId={claim.id}
          text={text}
          pieces={pieces}
          piecesKey={piecesKey(pieces, markStyle)}
          markStyle={markStyle}
          status={review?.status ?? null}
          hasNote={Boolean(review?.note.trim())}
          selected={claim.id === selectedClaimId}
          tabbable={claim.id === tabbableId}
          dimmed={matching !== null && !matching.has(claim.id)}
          worthy={isCheckWorthy(analysis?.byClaim.get(claim.id) ?? { score: 0 })}
          noteHit={noteHits.get(claim.id) ?? null}
          onSelect={onSelectClaim}
        />
      )
      // A check spanning several claims shows once, beside the last of them. The word joiner and
      // nowrap keep the chips on the line of the claim's last word, never before the next sentence.
      const checks = analysis?.checksByClaim
        .get(claim.id)
        ?.filter((check) => check.claimIds.at(-1) === claim.id)
      if (checks?.length) {
        parts.push(
          <span key={`checks-${claim.id}`} className="claim-end claim-checks">
            {WORD_JOINER}
            <CheckChips checks={checks} onShow={onShowCheck} />
          </span>
        )
      }
      cursor = claim.end
    }
    if (cursor < end) parts.push(...plain(cursor, end))
    return parts
  }
  // A table's claims are in its caption; its cells are figures and labels, drawn as plain text.
  if (block.table) {
    const { caption } = block.table
    return (
      <ArticleTable
        table={block.table}
        text={text}
        caption={caption ? withClaims(caption.start, caption.end) : null}
        cell={(span) => plain(span.start, span.end)}
      />
    )
  }
  return (
    <BlockElement block={block} deck={deck}>
      {withClaims(block.start, block.end)}
    </BlockElement>
  )
}

/** True when the block would draw exactly as before. */
export function drawsTheSame(before: ReadingBlockProps, after: ReadingBlockProps): boolean {
  const { claims } = after
  const same = <K extends keyof ReadingBlockProps>(key: K) => before[key] === after[key]
  if (
    !same('block') ||
    !same('deck') ||
    !same('text') ||
    !same('claims') ||
    !same('formatting') ||
    !same('marks') ||
    !same('analysis') ||
    !same('onSelectClaim') ||
    !same('onShowCheck')
  ) {
    return false
  }
  // A document-wide value only matters here as it reads for this block's claims.
  const perClaim = <T,>(read: (props: ReadingBlockProps, claimId: string) => T) =>
    claims.every((claim) => read(before, claim.id) === read(after, claim.id))
  if (!same('reviews') && !perClaim((props, id) => reviewIn(props.reviews, id))) return false
  if (!same('selectedClaimId') && !perClaim((props, id) => props.selectedClaimId === id)) return false
  if (!same('tabbableId') && !perClaim((props, id) => props.tabbableId === id)) return false
  if (!same('noteHits') && !perClaim((props, id) => props.noteHits.get(id))) return false
  if (!same('matching') && !perClaim((props, id) => props.matching?.has(id) ?? null)) return false
  if (!same('markStyle')) {
    const colour = (style: MarkStyle, key: string) =>
      `${style.highlightColor.get(key) ?? ''}${key === style.currentHit ? '!' : ''}`
    if (
      after.marks.some((mark) => colour(before.markStyle, mark.key) !== colour(after.markStyle, mark.key))
    ) {
      return false
    }
  }
  return true
}

export const ReadingBlock = memo(ReadingBlockView, drawsTheSame)

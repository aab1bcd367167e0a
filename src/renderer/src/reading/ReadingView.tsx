/**
 * The article as a calm reading page: title, headings and paragraphs, each paragraph's sentences
 * rendered as claims, with highlights and search hits drawn over the text. Long articles render
 * only the blocks near the viewport (VirtualBlocks).
 */
import { Fragment, useMemo, type ReactNode, type RefObject } from 'react'
import { isCheckWorthy } from '../../../shared/claims'
import type { Block, Claim, StoredDocument } from '../../../shared/model'
import { formattingByBlock } from '../../../shared/review/formatting-marks'
import { marksWithin, splitIntoPieces, type Mark } from '../../../shared/review/text-pieces'
import { CheckChips } from '../claims/CheckChips'
import type { DocumentAnalysis } from '../claims/use-analysis'
import { onArticleClick } from './article-links'
import { ClaimText } from './ClaimText'
import { BlockElement } from './BlockElement'
import { piecesKey, renderPieces, type MarkStyle } from './MarkedText'
import type { Reveal } from './reveal'
import { VirtualBlocks, shouldVirtualize } from './VirtualBlocks'
import '../styles/reading.css'

interface ReadingViewProps {
  document: StoredDocument
  selectedClaimId: string | null
  onSelectClaim: (claimId: string) => void
  /** Highlights and search hits, as document-offset marks. */
  marks: Mark[]
  markStyle: MarkStyle
  noteHits: ReadonlyMap<string, 'hit' | 'current'>
  /** Claims that match the active filter; null when nothing is filtered. */
  matching: ReadonlySet<string> | null
  /** The claims engine's reading: check-worthy marks and number checks beside their claims. */
  analysis: DocumentAnalysis | null
  onShowChecks: () => void
  /** Set while the article is virtualized: brings the block holding an offset on screen. */
  revealRef: RefObject<Reveal | null>
}

/** Claims grouped by the block they start in, in one linear pass (both lists are sorted). */
function claimsByBlock(blocks: Block[], claims: Claim[]): Claim[][] {
  const groups: Claim[][] = blocks.map(() => [])
  let blockIndex = 0
  for (const claim of claims) {
    while (blockIndex < blocks.length && (blocks[blockIndex]?.end ?? 0) <= claim.start) blockIndex++
    groups[blockIndex]?.push(claim)
  }
  return groups
}

export function ReadingView(props: ReadingViewProps) {
  const { document, selectedClaimId, onSelectClaim, markStyle, noteHits, matching, analysis } = props
  const { text } = document
  const groups = useMemo(
    () => claimsByBlock(document.blocks, document.claims),
    [document.blocks, document.claims]
  )
  const formatting = useMemo(
    () => formattingByBlock(document.blocks, document.inlines),
    [document.blocks, document.inlines]
  )
  const reviews = document.annotations.claims
  const tabbableId = selectedClaimId ?? document.claims[0]?.id ?? null

  const renderClaims = (block: Block, claims: Claim[], blockMarks: Mark[]): ReactNode[] => {
    // Formatting first, so links, <strong> and <em> are outside highlights and search hits.
    const marks = blockMarks.length ? [...blockMarks, ...props.marks] : props.marks
    const plain = (start: number, end: number): ReactNode[] =>
      renderPieces(text, splitIntoPieces(start, end, marksWithin(marks, start, end)), markStyle)
    const parts: ReactNode[] = []
    let cursor = block.start
    for (const claim of claims) {
      if (claim.start > cursor) parts.push(...plain(cursor, claim.start))
      const review = reviews[claim.id]
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
      // A check spanning several claims shows once, beside the last of them.
      const checks = analysis?.checksByClaim
        .get(claim.id)
        ?.filter((check) => check.claimIds.at(-1) === claim.id)
      if (checks?.length) {
        parts.push(<CheckChips key={`checks-${claim.id}`} checks={checks} onShow={props.onShowChecks} />)
      }
      cursor = claim.end
    }
    if (cursor < block.end) parts.push(...plain(cursor, block.end))
    return parts
  }

  // Headings straight after the title are its deck (a standfirst); later ones are section heads.
  const deckEnd = useMemo(
    () => document.blocks.findIndex((block, index) => index > 0 && block.type !== 'heading'),
    [document.blocks]
  )
  const renderBlock = (index: number): ReactNode => {
    const block = document.blocks[index]
    return block ? (
      <BlockElement block={block} deck={index < deckEnd}>
        {renderClaims(block, groups[index] ?? [], formatting[index] ?? [])}
      </BlockElement>
    ) : null
  }

  return (
    <article className="article" aria-label="Article" onClick={onArticleClick}>
      {shouldVirtualize(document) ? (
        <VirtualBlocks blocks={document.blocks} renderBlock={renderBlock} revealRef={props.revealRef} />
      ) : (
        document.blocks.map((block, index) => (
          <Fragment key={`${block.type}-${block.start}`}>{renderBlock(index)}</Fragment>
        ))
      )}
    </article>
  )
}

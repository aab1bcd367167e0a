/**
 * The article as a calm reading page: title, headings and paragraphs, each paragraph's sentences
 * rendered as claims, with highlights and search hits drawn over the text. Long articles render
 * only the blocks near the viewport (VirtualBlocks); each block is memoized (ReadingBlock), so a
 * change redraws only the blocks it touches.
 */
import {
  Fragment,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
  type RefObject
} from 'react'
import type { NumberCheck } from '../../../shared/claims'
import type { Block, Claim, StoredDocument } from '../../../shared/model'
import { marksByBlockKeeping } from '../../../shared/review/block-marks'
import { formattingByBlock } from '../../../shared/review/formatting-marks'
import type { Mark } from '../../../shared/review/text-pieces'
import type { DocumentAnalysis } from '../claims/use-analysis'
import { useHost } from '../services/service-context'
import { onArticleClick } from './article-links'
import type { MarkStyle } from './MarkedText'
import { ReadingBlock } from './ReadingBlock'
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
  /** A number check's chip was pressed: select its claim and show its card. */
  onShowCheck: (check: NumberCheck) => void
  /** Set while the article is virtualized: brings the block holding an offset on screen. */
  revealRef: RefObject<Reveal | null>
}

const noClaims: readonly Claim[] = []
const noMarks: readonly Mark[] = []

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
  const { document, selectedClaimId, markStyle, noteHits, matching, analysis } = props
  const { text, blocks } = document
  const host = useHost()
  const groups = useMemo(() => claimsByBlock(blocks, document.claims), [blocks, document.claims])
  const formatting = useMemo(() => formattingByBlock(blocks, document.inlines), [blocks, document.inlines])
  const blockMarks = useMemo(() => marksByBlockKeeping(blocks, props.marks), [blocks, props.marks])
  const reviews = document.annotations.claims
  const tabbableId = selectedClaimId ?? document.claims[0]?.id ?? null

  // Stable for the life of the view, so memoized blocks do not redraw for a new callback.
  const latest = useRef(props)
  useLayoutEffect(() => {
    latest.current = props
  })
  const onSelectClaim = useCallback((claimId: string) => latest.current.onSelectClaim(claimId), [])
  const onShowCheck = useCallback((check: NumberCheck) => latest.current.onShowCheck(check), [])

  // Headings straight after the title are its deck (a standfirst); later ones are section heads.
  const deckEnd = useMemo(
    () => blocks.findIndex((block, index) => index > 0 && block.type !== 'heading'),
    [blocks]
  )
  const renderBlock = (index: number): ReactNode => {
    const block = blocks[index]
    return block ? (
      <ReadingBlock
        block={block}
        deck={index < deckEnd}
        text={text}
        claims={groups[index] ?? noClaims}
        formatting={formatting[index] ?? noMarks}
        marks={blockMarks[index] ?? noMarks}
        markStyle={markStyle}
        reviews={reviews}
        selectedClaimId={selectedClaimId}
        tabbableId={tabbableId}
        noteHits={noteHits}
        matching={matching}
        analysis={analysis}
        onSelectClaim={onSelectClaim}
        onShowCheck={onShowCheck}
      />
    ) : null
  }

  return (
    <article className="article" aria-label="Article" onClick={(event) => onArticleClick(event, host)}>
      {shouldVirtualize(document) ? (
        <VirtualBlocks blocks={blocks} renderBlock={renderBlock} revealRef={props.revealRef} />
      ) : (
        blocks.map((block, index) => (
          <Fragment key={`${block.type}-${block.start}`}>{renderBlock(index)}</Fragment>
        ))
      )}
    </article>
  )
}

/**
 * The article as a calm reading page: title, headings and paragraphs, each paragraph's sentences
 * rendered as claims.
 */
import type { ReactNode } from 'react'
import type { Block, Claim, StoredDocument } from '../../../shared/model'
import { ClaimText } from './ClaimText'

interface ReadingViewProps {
  document: StoredDocument
  selectedClaimId: string | null
  onSelectClaim: (claimId: string) => void
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

export function ReadingView({ document, selectedClaimId, onSelectClaim }: ReadingViewProps) {
  const groups = claimsByBlock(document.blocks, document.claims)
  const reviews = document.annotations.claims

  const renderClaims = (block: Block, claims: Claim[]): ReactNode[] => {
    const parts: ReactNode[] = []
    let cursor = block.start
    for (const claim of claims) {
      if (claim.start > cursor) parts.push(document.text.slice(cursor, claim.start))
      const review = reviews[claim.id]
      parts.push(
        <ClaimText
          key={claim.id}
          claimId={claim.id}
          text={document.text.slice(claim.start, claim.end)}
          status={review?.status ?? null}
          hasNote={Boolean(review?.note.trim())}
          selected={claim.id === selectedClaimId}
          onSelect={onSelectClaim}
        />
      )
      cursor = claim.end
    }
    if (cursor < block.end) parts.push(document.text.slice(cursor, block.end))
    return parts
  }

  // Headings straight after the title are its deck (a standfirst); later ones are section heads.
  const deckEnd = document.blocks.findIndex((block, index) => index > 0 && block.type !== 'heading')

  return (
    <article className="article" aria-label="Article">
      {document.blocks.map((block, index) => {
        const key = `${block.type}-${block.start}`
        const text = document.text.slice(block.start, block.end)
        switch (block.type) {
          case 'title':
            return (
              <h1 key={key} className="article-title">
                {text}
              </h1>
            )
          case 'heading':
            return (
              <h2 key={key} className={index < deckEnd ? 'article-deck' : 'article-heading'}>
                {text}
              </h2>
            )
          case 'blockquote':
            return (
              <blockquote key={key} className="article-quote">
                <p>{renderClaims(block, groups[index] ?? [])}</p>
              </blockquote>
            )
          case 'list-item':
            return (
              <p key={key} className="article-list-item">
                {renderClaims(block, groups[index] ?? [])}
              </p>
            )
          case 'paragraph':
            return (
              <p key={key} className="article-paragraph">
                {renderClaims(block, groups[index] ?? [])}
              </p>
            )
        }
      })}
    </article>
  )
}

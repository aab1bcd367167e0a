/**
 * The opening blocks of an article as HTML, written exactly as the reading view's first render
 * draws them (ReadingBlock, ClaimText, MarkedText): the same elements, classes and text pieces, so
 * the page the host serves shows the claims the full reading gives, and React's view replaces it
 * without a visible change. It is the state before any interaction: nothing selected or searched,
 * and the claims engine's reading (check-worthy marks, number checks) not there yet.
 */
import { DEFAULT_HIGHLIGHT_COLOR } from '../annotations/highlight-colors'
import type { Block, Claim, ClaimReview, StoredDocument } from '../model'
import { marksByBlock } from '../review/block-marks'
import { LINK_HINT, formattingByBlock, formattingOf } from '../review/formatting-marks'
import { marksWithin, splitIntoPieces, type Mark, type Piece } from '../review/text-pieces'
import { isVerdict, statusLabel, type ClaimStatus } from '../status'
import { statusIconPath } from '../status-icons'
import { attribute, escapeHtml } from './html-text'

/** What of a document the opening blocks draw from. */
export type ArticleSource = Pick<StoredDocument, 'text' | 'blocks' | 'claims' | 'inlines' | 'annotations'>

/** Keeps a claim's end marks on the line of its last word (ClaimText's WORD_JOINER). */
const WORD_JOINER = '\u2060'

function statusIcon(status: ClaimStatus): string {
  return (
    '<svg class="status-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">' +
    `<path d="${statusIconPath[status]}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path></svg>`
  )
}

function pieces(text: string, list: readonly Piece[], colors: ReadonlyMap<string, string>): string {
  let html = ''
  for (const piece of list) {
    let node = `<span data-start="${piece.start}">${escapeHtml(text.slice(piece.start, piece.end))}</span>`
    for (let index = piece.marks.length - 1; index >= 0; index--) {
      const key = piece.marks[index]!
      const formatting = formattingOf(key)
      if (formatting?.kind === 'emphasis') node = `<em>${node}</em>`
      else if (formatting?.kind === 'strong') node = `<strong>${node}</strong>`
      else if (formatting?.kind === 'link') {
        node = `<span class="article-link"${attribute('data-href', formatting.href)}${attribute('title', `${formatting.href}\n${LINK_HINT}`)}>${node}</span>`
      } else {
        const color = colors.get(key) ?? DEFAULT_HIGHLIGHT_COLOR
        node = `<span class="highlight highlight--${escapeHtml(color)}"${attribute('data-highlight', key.slice(2))}>${node}</span>`
      }
    }
    html += node
  }
  return html
}

function claimEnd(status: ClaimStatus | null, hasNote: boolean): string {
  if (!isVerdict(status) && !hasNote) return ''
  let html = `<span class="claim-end">${WORD_JOINER}`
  if (isVerdict(status)) {
    const label = statusLabel[status]
    html +=
      `<span class="claim-badge claim-badge--${status}${hasNote ? ' claim-badge--noted' : ''}"${attribute('title', hasNote ? `${label}, has a note` : label)}>` +
      `${statusIcon(status)}<span class="visually-hidden"> (${label})</span>` +
      `${hasNote ? '<span class="visually-hidden"> (has a note)</span>' : ''}</span>`
  }
  if (hasNote && !isVerdict(status)) {
    html +=
      '<span class="claim-note-mark" title="Has a note"><span aria-hidden="true">✎</span>' +
      '<span class="visually-hidden"> (has a note)</span></span>'
  }
  return `${html}</span>`
}

function claimSpan(claim: Claim, review: ClaimReview | undefined, tabbable: boolean, inner: string): string {
  const status = review?.status ?? null
  const hasNote = Boolean(review?.note.trim())
  const notAClaim = status === 'not-a-claim'
  const description = `${notAClaim ? '' : 'Claim. '}${status ? statusLabel[status] : 'Not reviewed'}${hasNote ? ', has a note' : ''}.`
  return (
    `<span role="button" tabindex="${tabbable ? 0 : -1}" class="claim${status ? ` claim--${status}` : ''}"` +
    `${attribute('data-claim-id', claim.id)}${attribute('data-verdict', isVerdict(status) ? status : undefined)}` +
    ` aria-pressed="false"${attribute('aria-description', description)}>${inner}${claimEnd(status, hasNote)}</span>`
  )
}

function blockElement(block: Block, deck: boolean, inner: string): string {
  switch (block.type) {
    case 'title':
      return `<h1 class="article-title">${inner}</h1>`
    case 'heading':
      return `<h2 class="${deck ? 'article-deck' : 'article-heading'}">${inner}</h2>`
    case 'blockquote':
      return `<blockquote class="article-quote"><p>${inner}</p></blockquote>`
    case 'list-item': {
      // Documents imported before markers were kept have none: their items were all bulleted.
      const marker = block.marker ?? '•'
      const shown = marker ? `<span class="article-list-marker">${escapeHtml(marker)} </span>` : ''
      return `<p class="article-list-item" data-depth="${block.depth ?? 1}">${shown}${inner}</p>`
    }
    case 'paragraph':
      return `<p class="article-paragraph">${inner}</p>`
    case 'caption':
      return `<p class="article-caption">${inner}</p>`
    case 'byline':
      return `<p class="article-byline">${inner}</p>`
    case 'table':
      // Never drawn here: the first screen ends before a table (see firstScreenBlockCount).
      return `<p class="article-paragraph">${inner}</p>`
  }
}

/** The first `count` blocks of the article, each as the reading view draws it when it opens. */
export function articleBlocksMarkup(source: ArticleSource, count: number): string {
  const { text, claims, annotations } = source
  const blocks = source.blocks.slice(0, count)
  const { highlights } = annotations
  const colors = new Map(highlights.map((highlight) => [`h:${highlight.id}`, highlight.color]))
  const highlightMarks: Mark[] = highlights.map((highlight) => ({
    ...highlight.target.position,
    key: `h:${highlight.id}`
  }))
  const formatting = formattingByBlock(blocks, source.inlines)
  const blockMarks = marksByBlock(blocks, highlightMarks)
  const deckEnd = source.blocks.findIndex((block, index) => index > 0 && block.type !== 'heading')
  const tabbableId = claims[0]?.id ?? null
  const reviews = annotations.claims

  let html = ''
  let claimIndex = 0
  for (const [index, block] of blocks.entries()) {
    const marks = [...(formatting[index] ?? []), ...(blockMarks[index] ?? [])]
    const plain = (start: number, end: number) =>
      pieces(text, splitIntoPieces(start, end, marksWithin(marks, start, end)), colors)
    // Claims that start before this block's end belong to it (ReadingView's claimsByBlock).
    let inner = ''
    let cursor = block.start
    while (claimIndex < claims.length && claims[claimIndex]!.start < block.end) {
      const claim = claims[claimIndex++]!
      if (claim.start > cursor) inner += plain(cursor, claim.start)
      const review = Object.hasOwn(reviews, claim.id) ? reviews[claim.id] : undefined
      const claimPieces = splitIntoPieces(claim.start, claim.end, marksWithin(marks, claim.start, claim.end))
      inner += claimSpan(claim, review, claim.id === tabbableId, pieces(text, claimPieces, colors))
      cursor = claim.end
    }
    if (cursor < block.end) inner += plain(cursor, block.end)
    html += blockElement(block, index < deckEnd, inner)
  }
  return html
}

/**
 * A span of the article split into pieces at formatting, highlight and search-hit edges. Each piece
 * is a `span[data-start]` holding exactly its text, which is how dom-offsets maps a DOM selection
 * back to document offsets. Formatting, then highlights (nested when they overlap) wrap pieces;
 * search hits are <mark>.
 */
import { Fragment, type ReactNode } from 'react'
import { DEFAULT_HIGHLIGHT_COLOR } from '../../../shared/annotations/highlight-colors'
import { LINK_HINT, formattingOf, type Formatting } from '../../../shared/review/formatting-marks'
import type { Piece } from '../../../shared/review/text-pieces'

export interface MarkStyle {
  /** Highlight colour by mark key (`h:<id>`). */
  highlightColor: ReadonlyMap<string, string>
  /** The search hit the reviewer is on, if any (`hit:<n>`). */
  currentHit: string | null
}

export { LINK_HINT }

/**
 * Wraps a node in its formatting: <em>, <strong>, or a link. In the text a link is drawn, not a
 * control: it sits inside a claim (a button), and a click there selects the claim. It opens on
 * Ctrl/⌘+click (article-links); the claim panel lists it as a real link for the keyboard.
 */
export function formatted(formatting: Formatting, node: ReactNode): ReactNode {
  if (formatting.kind === 'emphasis') return <em>{node}</em>
  if (formatting.kind === 'strong') return <strong>{node}</strong>
  return (
    <span className="article-link" data-href={formatting.href} title={`${formatting.href}\n${LINK_HINT}`}>
      {node}
    </span>
  )
}

export function renderPieces(text: string, pieces: readonly Piece[], style: MarkStyle): ReactNode[] {
  return pieces.map((piece) => {
    let node: ReactNode = <span data-start={piece.start}>{text.slice(piece.start, piece.end)}</span>
    for (let index = piece.marks.length - 1; index >= 0; index--) {
      const key = piece.marks[index]!
      const formatting = formattingOf(key)
      if (formatting) {
        node = formatted(formatting, node)
      } else if (key.startsWith('hit:')) {
        node = (
          <mark
            className={`search-hit${key === style.currentHit ? ' search-hit--current' : ''}`}
            data-hit={key}
          >
            {node}
          </mark>
        )
      } else {
        const color = style.highlightColor.get(key) ?? DEFAULT_HIGHLIGHT_COLOR
        node = (
          <span className={`highlight highlight--${color}`} data-highlight={key.slice(2)}>
            {node}
          </span>
        )
      }
    }
    // A keyed fragment, not a wrapper element: a long article's paragraphs hold one less element
    // per run of text, and scrolling draws and lays out that much less.
    return <Fragment key={piece.start}>{node}</Fragment>
  })
}

/** A string that changes exactly when the rendering of these pieces would. */
export function piecesKey(pieces: readonly Piece[], style: MarkStyle): string {
  let key = ''
  for (const piece of pieces) {
    if (piece.marks.length === 0) continue
    key += `${piece.start}-${piece.end}:`
    for (const mark of piece.marks) {
      key += mark === style.currentHit ? `${mark}!,` : `${mark}=${style.highlightColor.get(mark) ?? ''},`
    }
  }
  return `${pieces.length}|${key}`
}

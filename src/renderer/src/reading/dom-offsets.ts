/**
 * DOM selection ↔ document offsets. Every run of article text is a `span[data-start]` holding only
 * its text (see MarkedText), so a boundary point maps to `data-start + offset`. Points that fall
 * outside such spans (badges, between blocks) snap to the nearest text in the right direction.
 */

const PIECE = 'span[data-start]'

function pieceStart(piece: Element): number {
  return Number(piece.getAttribute('data-start'))
}

function pieceEnd(piece: Element): number {
  return pieceStart(piece) + (piece.textContent ?? '').length
}

/** The document offset of a boundary point inside `root`; `edge` says which way to snap. */
export function offsetAt(root: Element, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const pieces = Array.from(root.querySelectorAll(PIECE))
  if (pieces.length === 0) return null
  const parent = node.nodeType === Node.TEXT_NODE ? node.parentElement : null
  if (parent?.matches(PIECE) && root.contains(parent)) return pieceStart(parent) + offset
  // Binary search for the first piece that does not end before the point.
  const probe = document.createRange()
  let low = 0
  let high = pieces.length
  while (low < high) {
    const middle = (low + high) >> 1
    probe.selectNodeContents(pieces[middle]!)
    if (probe.comparePoint(node, offset) > 0) low = middle + 1
    else high = middle
  }
  const next = pieces[low]
  const previous = pieces[low - 1]
  if (edge === 'start') return next ? pieceStart(next) : previous ? pieceEnd(previous) : null
  return previous ? pieceEnd(previous) : next ? pieceStart(next) : null
}

/** The document span a DOM range covers, or null when it covers no article text. */
export function rangeToOffsets(root: Element, range: Range): { start: number; end: number } | null {
  if (!root.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== root) return null
  const start = offsetAt(root, range.startContainer, range.startOffset, 'start')
  const end = offsetAt(root, range.endContainer, range.endOffset, 'end')
  if (start === null || end === null || end <= start) return null
  return { start, end }
}

/** The article's current text selection as document offsets, if there is one. */
export function selectedOffsets(root: Element | null): { start: number; end: number } | null {
  const selection = window.getSelection()
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null
  return rangeToOffsets(root, selection.getRangeAt(0))
}

/**
 * A text folded for search (case and accents ignored, as `foldForSearch` does) together with the
 * way back: where each folded character came from in the original. So a hit found in the folded
 * text is drawn over exactly the original characters, "Café" for "cafe", a decomposed "e◌́" whole.
 */
import { foldForSearch } from './fold'

export interface FoldedText {
  folded: string
  /** For each folded character, the index of the original character it came from. */
  from: Int32Array
  /** For each folded character, the index just past the original character it came from. */
  to: Int32Array
}

const COMBINING_MARK = /\p{M}/u

/** Folding one character at a time is slow; texts repeat the same few accented letters. */
const foldedCharacters = new Map<string, string>()
function foldCharacter(point: string): string {
  let folded = foldedCharacters.get(point)
  if (folded === undefined) {
    folded = COMBINING_MARK.test(point) ? '' : foldForSearch(point)
    if (foldedCharacters.size < 10_000) foldedCharacters.set(point, folded)
  }
  return folded
}

export function foldText(text: string): FoldedText {
  const parts: string[] = []
  let from = new Int32Array(text.length + 16)
  let to = new Int32Array(text.length + 16)
  let length = 0
  const room = (more: number): void => {
    if (length + more <= from.length) return
    // Some characters fold to several letters ("ﬁ" → "fi"): make room.
    const size = Math.max(from.length * 2, length + more)
    const grownFrom = new Int32Array(size)
    grownFrom.set(from)
    from = grownFrom
    const grownTo = new Int32Array(size)
    grownTo.set(to)
    to = grownTo
  }
  for (let index = 0; index < text.length;) {
    // A run of plain ASCII, the common case, folds by lowercasing alone: one character each.
    let end = index
    while (end < text.length && text.charCodeAt(end) < 128) end++
    if (end > index) {
      room(end - index)
      for (let at = index; at < end; at++, length++) {
        from[length] = at
        to[length] = at + 1
      }
      parts.push(text.slice(index, end).toLowerCase())
      index = end
      continue
    }
    const point = String.fromCodePoint(text.codePointAt(index) ?? 0)
    end = index + point.length
    const piece = foldCharacter(point)
    // A combining mark in the text belongs to the character before it.
    if (piece === '' && length > 0) {
      to[length - 1] = end
      index = end
      continue
    }
    room(piece.length)
    for (let i = 0; i < piece.length; i++, length++) {
      from[length] = index
      to[length] = end
    }
    parts.push(piece)
    index = end
  }
  return { folded: parts.join(''), from: from.subarray(0, length), to: to.subarray(0, length) }
}

/** Pieces of Markdown syntax trees that both Markdown exports build the same way. */
import type { BlockContent, PhrasingContent } from 'mdast'

export const text = (value: string): PhrasingContent => ({ type: 'text', value })

/** Keeps the user's line breaks: each newline becomes a hard break, blank lines new paragraphs. */
export function noteParagraphs(note: string): BlockContent[] {
  return note
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => ({
      type: 'paragraph',
      children: paragraph
        .split('\n')
        .flatMap((line, index): PhrasingContent[] =>
          index === 0 ? [text(line)] : [{ type: 'break' }, text(line)]
        )
    }))
}

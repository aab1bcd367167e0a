/** Pieces of Markdown syntax trees that both Markdown exports build the same way. */
import type { BlockContent, PhrasingContent } from 'mdast'
import type { Source } from '../model'
import { isWebLink } from '../security/web-link'

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

/**
 * A source as a citation: its linked title, what it shows, the quoted passage, then when it was
 * read and its archived copy — `[Title](url) — shows — “quote” (accessed 2026-03-16; archived copy)`.
 */
export function sourceCitation(source: Source): PhrasingContent[] {
  const citation: PhrasingContent[] = [
    { type: 'link', url: source.url, children: [text(source.title || source.url)] }
  ]
  if (source.shows) citation.push(text(` — ${source.shows}`))
  if (source.quote) citation.push(text(` — “${source.quote}”`))
  const archive = source.archiveUrl && isWebLink(source.archiveUrl) ? source.archiveUrl : null
  if (source.accessedOn || archive) {
    citation.push(text(source.accessedOn ? ` (accessed ${source.accessedOn}` : ' ('))
    if (archive) {
      if (source.accessedOn) citation.push(text('; '))
      citation.push({ type: 'link', url: archive, children: [text('archived copy')] })
    }
    citation.push(text(')'))
  }
  return citation
}

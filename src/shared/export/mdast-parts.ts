/** Pieces of Markdown syntax trees that both Markdown exports build the same way. */
import type { BlockContent, FootnoteDefinition, PhrasingContent } from 'mdast'
import type { Source } from '../model'
import { isWebLink } from '../security/web-link'
import { textWithLinks } from './text-with-links'

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
          index === 0 ? textWithLinks(line) : [{ type: 'break' }, ...textWithLinks(line)]
        )
    }))
}

/** `**Label:** ` to open a paragraph, so a reader tells a note from the claim it is about. */
export const label = (name: string): PhrasingContent[] => [
  { type: 'strong', children: [text(`${name}:`)] },
  text(' ')
]

/** The reviewer's note, its first paragraph opening with **Note:**. */
export function labelledNote(note: string): BlockContent[] {
  const [first, ...rest] = noteParagraphs(note)
  if (first?.type !== 'paragraph') return noteParagraphs(note)
  return [{ ...first, children: [...label('Note'), ...first.children] }, ...rest]
}

/**
 * Footnote labels unique to one document — `riverside-3f9a1c2e-1`, `riverside-3f9a1c2e-2`, … from
 * the first word of its id and its random part — so exports of two documents can be put together
 * in one file without their footnotes colliding.
 */
export function footnoteLabels(documentId: string): () => string {
  const words = documentId.split('-')
  const last = words.at(-1) ?? ''
  const prefix =
    words.length > 1 && /^[0-9a-f]{8}$/.test(last) ? `${words[0]}-${last}` : documentId.slice(0, 24)
  let count = 0
  return () => `${prefix}-${++count}`
}

/**
 * A source as a citation: its linked title, what it shows, the quoted passage, then when it was
 * read and its archived copy — `[Title](url) — shows — “quote” (accessed 2026-03-16; archived copy)`.
 */
export function sourceCitation(source: Source): PhrasingContent[] {
  const citation: PhrasingContent[] = [
    { type: 'link', url: source.url, children: [text(source.title || source.url)] }
  ]
  if (source.shows) citation.push(...textWithLinks(` — ${source.shows}`))
  if (source.quote) citation.push(...textWithLinks(` — “${source.quote}”`))
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

/** What a review adds under its claim in both review exports: its note, tags and sources. */
export interface ReviewDetails {
  note: string
  tags: readonly string[]
  sources: readonly Source[]
}

/**
 * The review's **Note:**, **Tags:** and **Sources:** paragraphs; each source is a footnote, whose
 * definition goes to `footnotes` (written at the end of the file) under a label from `nextLabel`.
 */
export function reviewDetails(
  review: ReviewDetails,
  nextLabel: () => string,
  footnotes: FootnoteDefinition[]
): BlockContent[] {
  const nodes: BlockContent[] = []
  if (review.note.trim()) nodes.push(...labelledNote(review.note))
  if (review.tags.length > 0)
    nodes.push({ type: 'paragraph', children: [...label('Tags'), ...textWithLinks(review.tags.join(', '))] })
  if (review.sources.length > 0) {
    const references: PhrasingContent[] = label('Sources')
    for (const source of review.sources) {
      const identifier = nextLabel()
      references.push({ type: 'footnoteReference', identifier, label: identifier })
      footnotes.push({
        type: 'footnoteDefinition',
        identifier,
        label: identifier,
        children: [{ type: 'paragraph', children: sourceCitation(source) }]
      })
    }
    nodes.push({ type: 'paragraph', children: references })
  }
  return nodes
}

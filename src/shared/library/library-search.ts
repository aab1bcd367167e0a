/**
 * Library search beyond titles: each document's article text, notes and tags, folded once (case
 * and accents ignored) and kept, so a keystroke searches memory, not the disk. A hit says where it
 * was found and shows the words around it.
 */
import type { StoredDocument } from '../model'
import { foldForSearch } from '../text/fold'
import { foldText, type FoldedText } from '../text/folded-text'

export type SearchField = 'text' | 'note' | 'tag'

export interface LibraryHit {
  documentId: string
  field: SearchField
  /** The words around the first match, from the original text. */
  snippet: string
}

interface Part {
  field: SearchField
  original: string
  folded: FoldedText
}

export interface SearchableDocument {
  documentId: string
  parts: Part[]
}

const SNIPPET_SIDE = 40

export function searchableDocument(document: StoredDocument): SearchableDocument {
  const part = (field: SearchField, original: string): Part => ({
    field,
    original,
    folded: foldText(original)
  })
  const reviews = Object.values(document.annotations.claims)
  const notes = [
    ...reviews.map((review) => review.note),
    ...document.annotations.highlights.map((h) => h.note)
  ]
  return {
    documentId: document.id,
    parts: [
      part('text', document.text),
      ...notes.filter((note) => note.trim()).map((note) => part('note', note)),
      ...[...new Set(reviews.flatMap((review) => review.tags))].map((tag) => part('tag', tag))
    ]
  }
}

/** The document's first hit for `query` (notes and tags before the text), or null. */
export function findInDocument(document: SearchableDocument, query: string): LibraryHit | null {
  const needle = foldForSearch(query.trim())
  if (!needle) return null
  const order: SearchField[] = ['tag', 'note', 'text']
  for (const field of order) {
    for (const part of document.parts) {
      if (part.field !== field) continue
      const at = part.folded.folded.indexOf(needle)
      if (at < 0) continue
      const start = part.folded.from[at] ?? 0
      const end = part.folded.to[at + needle.length - 1] ?? start
      const from = Math.max(0, start - SNIPPET_SIDE)
      const to = Math.min(part.original.length, end + SNIPPET_SIDE)
      const snippet = `${from > 0 ? '…' : ''}${part.original.slice(from, to).replace(/\s+/g, ' ').trim()}${to < part.original.length ? '…' : ''}`
      return { documentId: document.documentId, field, snippet }
    }
  }
  return null
}

/**
 * Highlights: any span of the document text (inside a sentence or across paragraphs), kept in
 * document order so renderings and exports are stable.
 */
import { ApiFailure } from '../result'
import type { Annotations, Article, Highlight } from '../model'
import type { HighlightColor } from './highlight-colors'
import { targetFor } from './selectors'

export interface NewHighlight {
  highlightId: string
  start: number
  end: number
  color: HighlightColor
  note: string
}

function byPosition(a: Highlight, b: Highlight): number {
  return a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end
}

function withHighlights(annotations: Annotations, highlights: Highlight[]): Annotations {
  return { ...annotations, highlights: highlights.sort(byPosition) }
}

function existing(annotations: Annotations, highlightId: string): Highlight {
  const found = annotations.highlights.find((highlight) => highlight.id === highlightId)
  if (!found) throw new ApiFailure('not-found', 'That highlight no longer exists.')
  return found
}

function assertSpan(article: Article, start: number, end: number): void {
  if (!(start < end && end <= article.text.length)) {
    throw new ApiFailure('invalid-input', 'A highlight must cover some of the article’s text.')
  }
}

export function addHighlight(article: Article, annotations: Annotations, added: NewHighlight, now: string) {
  const { highlightId, start, end } = added
  assertSpan(article, start, end)
  if (annotations.highlights.some((highlight) => highlight.id === highlightId)) {
    throw new ApiFailure('invalid-input', `A highlight with id "${highlightId}" already exists.`)
  }
  const highlight: Highlight = {
    id: highlightId,
    target: targetFor(article.text, start, end),
    color: added.color,
    note: added.note,
    createdAt: now
  }
  return withHighlights(annotations, [...annotations.highlights, highlight])
}

export function editHighlight(
  annotations: Annotations,
  highlightId: string,
  edit: { color?: HighlightColor | undefined; note?: string | undefined }
): Annotations {
  const highlight = existing(annotations, highlightId)
  const color = edit.color ?? highlight.color
  const note = edit.note ?? highlight.note
  if (color === highlight.color && note === highlight.note) return annotations
  const others = annotations.highlights.filter((candidate) => candidate.id !== highlightId)
  return withHighlights(annotations, [...others, { ...highlight, color, note }])
}

export function removeHighlight(annotations: Annotations, highlightId: string): Annotations {
  existing(annotations, highlightId)
  return withHighlights(
    annotations,
    annotations.highlights.filter((highlight) => highlight.id !== highlightId)
  )
}

/**
 * Puts back a snapshot of one highlight, or removes it when the snapshot is its absence. The span
 * must lie within the text; its quote is taken again from the text.
 */
export function restoreHighlight(
  article: Article,
  annotations: Annotations,
  highlightId: string,
  highlight: Highlight | null
): Annotations {
  const others = annotations.highlights.filter((candidate) => candidate.id !== highlightId)
  if (!highlight) return withHighlights(annotations, others)
  const { start, end } = highlight.target.position
  assertSpan(article, start, end)
  const restored = { ...highlight, id: highlightId, target: targetFor(article.text, start, end) }
  return withHighlights(annotations, [...others, restored])
}

/** The highlight that covers exactly this span, if any: highlighting it again takes it off. */
export function highlightOver(
  annotations: Annotations,
  span: { start: number; end: number }
): Highlight | undefined {
  return annotations.highlights.find(
    ({ target: { position } }) => position.start === span.start && position.end === span.end
  )
}

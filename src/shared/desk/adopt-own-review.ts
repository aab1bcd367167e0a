/**
 * Your review as another of your machines left it on the desk, folded into this machine's copy of
 * the document (which stays the store of record). A claim takes the desk's status, note and tags
 * where the desk's version is newer, keeping the desk's time so the two machines agree and do not
 * write each other's review back and forth; sources and highlights this machine lacks are added.
 * Nothing is removed: the desk's record does not say what the other machine cleared.
 */
import { applyChange, type AnnotationChange } from '../annotations/changes'
import { highlightColors, type HighlightColor } from '../annotations/highlight-colors'
import type { Annotations, Article } from '../model'
import type { ReviewRecord } from './records'

/** Ids for what is added, made from the record so every machine names it alike. */
function addedId(prefix: string, parts: readonly (string | number)[]): string {
  let hash = 2166136261
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 16777619) >>> 0
  }
  return `${prefix}-desk-${hash.toString(36)}`
}

const isColor = (color: string): color is HighlightColor =>
  (highlightColors as readonly string[]).includes(color)

export function adoptOwnReview(
  article: Article,
  annotations: Annotations,
  record: ReviewRecord
): Annotations {
  let next = annotations
  const apply = (change: AnnotationChange, at: string) => {
    try {
      next = applyChange(article, next, change, at)
    } catch {
      // A claim or a range this copy of the article does not have: left on the desk, not here.
    }
  }
  for (const [claimId, desk] of Object.entries(record.claims)) {
    const local = next.claims[claimId]
    if (!local || desk.updatedAt > local.updatedAt) {
      apply({ kind: 'set-status', claimId, status: desk.status }, desk.updatedAt)
      apply({ kind: 'set-note', claimId, note: desk.note }, desk.updatedAt)
      apply({ kind: 'set-tags', claimId, tags: desk.tags }, desk.updatedAt)
    }
    const known = new Set((next.claims[claimId]?.sources ?? []).map((source) => source.url))
    for (const source of desk.sources) {
      if (known.has(source.url)) continue
      const id = addedId('s', [claimId, source.url])
      apply(
        { kind: 'add-source', claimId, source: { id, url: source.url, title: source.title, quote: '' } },
        desk.updatedAt
      )
    }
  }
  const placed = new Set(
    next.highlights.map((highlight) => `${highlight.target.position.start}:${highlight.target.position.end}`)
  )
  for (const highlight of record.highlights) {
    if (placed.has(`${highlight.start}:${highlight.end}`)) continue
    apply(
      {
        kind: 'add-highlight',
        highlightId: addedId('h', [highlight.start, highlight.end]),
        start: highlight.start,
        end: highlight.end,
        color: isColor(highlight.color) ? highlight.color : 'blue',
        note: highlight.note
      },
      record.updatedAt
    )
  }
  return next
}

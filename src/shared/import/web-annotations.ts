/**
 * Reads a W3C Web Annotation file — Claimcheck's own export (an AnnotationCollection) or
 * Hypothesis's (a JSON array of annotations, or an API answer with `rows`) — into annotations on a
 * document: each target's TextQuoteSelector is re-anchored exact then fuzzy; an assessment lands on
 * the claim it overlaps as a review, anything else becomes a highlight; what finds no place is kept
 * as an orphan, never dropped.
 */
import { DEFAULT_HIGHLIGHT_COLOR } from '../annotations/highlight-colors'
import { reanchorAnnotations } from '../anchor/reanchor'
import { isCalendarDate } from '../annotations/calendar-date'
import { isWebLink } from '../security/web-link'
import { claimStatuses, statusLabel } from '../status'
import type { Annotations, Article, ClaimReview, ClaimStatus, Highlight, Source, TextTarget } from '../model'

/** One annotation as read from the file, before it is placed in a document. */
export interface ReadAnnotation {
  /** The document it points at (`target.source`, or Hypothesis's `uri`), when it says. */
  source: string | null
  target: TextTarget
  /** A claim review (an assessment, or Claimcheck's review of a claim), or a highlight. */
  kind: 'claim' | 'highlight'
  status: ClaimStatus | null
  note: string
  tags: string[]
  sources: Source[]
  created: string | null
}

export interface ReadAnnotations {
  annotations: ReadAnnotation[]
  /** Annotations with no text quote to place (e.g. Hypothesis page notes): not imported. */
  skipped: number
}

type Obj = Record<string, unknown>
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value]

const statusByLabel = new Map<string, ClaimStatus>(
  claimStatuses.map((status) => [statusLabel[status].toLowerCase(), status])
)

/** The annotations in the file, wherever its format keeps them. */
function itemsOf(file: unknown): unknown[] {
  if (Array.isArray(file)) return file
  if (!isObj(file)) return []
  if (Array.isArray(file['rows'])) return file['rows']
  if (file['type'] === 'Annotation') return [file]
  const first = file['first']
  if (isObj(first) && Array.isArray(first['items'])) return first['items']
  return list(file['items'])
}

function targetOf(annotation: Obj): { source: string | null; target: TextTarget } | null {
  for (const target of list(annotation['target'])) {
    if (!isObj(target)) continue
    const selectors = list(target['selector']).filter(isObj)
    const quote = selectors.find((selector) => selector['type'] === 'TextQuoteSelector')
    if (!quote || !str(quote['exact'])) continue
    const position = selectors.find((selector) => selector['type'] === 'TextPositionSelector')
    const start = Number(position?.['start'])
    const end = Number(position?.['end'])
    const known = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start
    return {
      source: str(target['source']) || str(annotation['uri']) || null,
      target: {
        quote: { exact: str(quote['exact']), prefix: str(quote['prefix']), suffix: str(quote['suffix']) },
        position: known ? { start, end } : { start: 0, end: 0 }
      }
    }
  }
  return null
}

function readOne(annotation: Obj, index: number): ReadAnnotation | null {
  const placed = targetOf(annotation)
  if (!placed) return null
  const read: ReadAnnotation = {
    ...placed,
    kind: /^urn:claimcheck:annotation:.+:c\d+$/.test(str(annotation['id'])) ? 'claim' : 'highlight',
    status: null,
    note: str(annotation['text']),
    tags: list(annotation['tags']).filter((tag): tag is string => typeof tag === 'string' && tag !== ''),
    sources: [],
    created: str(annotation['created']) || null
  }
  const notes = read.note ? [read.note] : []
  for (const body of list(annotation['body'])) {
    if (typeof body === 'string') continue // an IRI body names a resource, not our content
    if (!isObj(body)) continue
    const purpose = str(body['purpose'])
    const value = str(body['value'])
    if (purpose === 'assessing' && statusByLabel.has(value.toLowerCase())) {
      read.status = statusByLabel.get(value.toLowerCase()) ?? null
    } else if (purpose === 'tagging' && value) read.tags.push(value)
    else if (purpose === 'linking' || body['type'] === 'SpecificResource') {
      const resource = body['source']
      const url = isObj(resource) ? str(resource['id']) : str(resource)
      if (!url) continue
      const quote = list(body['selector']).find(isObj)
      read.sources.push({
        id: `s${index}-${read.sources.length + 1}`,
        url,
        title: isObj(resource) ? str(resource['schema:name']) : '',
        quote: quote ? str(quote['exact']) : '',
        ...provenanceOf(body, resource)
      })
    } else if (value) notes.push(value)
  }
  if (read.status) read.kind = 'claim'
  read.note = notes.join('\n\n')
  read.tags = [...new Set(read.tags)]
  return read
}

/** What our export says of a source beyond its link (see w3c.ts), when it reads as valid. */
function provenanceOf(body: Obj, resource: unknown): Partial<Source> {
  const provenance: Partial<Source> = {}
  const state = list(body['state']).find(isObj)
  const day = state ? str(state['sourceDate']).slice(0, 10) : ''
  const cached = state ? str(state['cached']) : ''
  const shows = isObj(resource) ? str(resource['schema:description']) : ''
  if (isCalendarDate(day)) provenance.accessedOn = day
  if (isWebLink(cached)) provenance.archiveUrl = cached
  if (shows) provenance.shows = shows
  return provenance
}

/** Every annotation in a parsed W3C or Hypothesis file that has a text quote to place. */
export function readWebAnnotations(file: unknown): ReadAnnotations {
  const annotations: ReadAnnotation[] = []
  let skipped = 0
  itemsOf(file).forEach((item, index) => {
    const read = isObj(item) ? readOne(item, index) : null
    if (read) annotations.push(read)
    else skipped++
  })
  return { annotations, skipped }
}

export interface PlacedAnnotations {
  annotations: Annotations
  placed: number
  orphaned: number
  /** Already in the document (same place, same status and note): not added twice. */
  unchanged: number
}

const sameHighlight = (a: Highlight, b: Highlight) =>
  a.target.position.start === b.target.position.start &&
  a.target.position.end === b.target.position.end &&
  a.note === b.note

const sameReview = (a: ClaimReview, b: ClaimReview) => a.status === b.status && a.note === b.note

/**
 * Adds read annotations to a document's own: assessments become claim reviews (a claim already
 * reviewed differently keeps its review and the imported one becomes an orphan), the rest
 * highlights. `now` stamps what is new; ids are made from it, so they do not clash.
 */
export function placeWebAnnotations(
  existing: Annotations,
  article: Article,
  read: readonly ReadAnnotation[],
  now: string
): PlacedAnnotations {
  const stamp = now.replace(/\D/g, '')
  const incoming: Annotations = { claims: {}, highlights: [] }
  read.forEach((annotation, index) => {
    const created = annotation.created ?? now
    if (annotation.kind === 'claim') {
      // A key of its own until re-anchoring finds the claim it belongs to (an orphan keeps it).
      incoming.claims[`c${index + 1}`] = {
        claimId: `c${index + 1}`,
        target: annotation.target,
        status: annotation.status,
        note: annotation.note,
        sources: annotation.sources.map((source, n) => ({ ...source, id: `src-${stamp}-${index}-${n}` })),
        tags: annotation.tags,
        history: annotation.status ? [{ at: created, from: null, to: annotation.status }] : [],
        updatedAt: now
      }
    } else {
      incoming.highlights.push({
        id: `h-${stamp}-${index}`,
        target: annotation.target,
        color: DEFAULT_HIGHLIGHT_COLOR,
        note: [annotation.note, ...annotation.sources.map((source) => source.url)].filter(Boolean).join('\n'),
        createdAt: created
      })
    }
  })

  const anchored = reanchorAnnotations({ annotations: incoming }, article, now)
  const result: Annotations = {
    claims: { ...existing.claims },
    highlights: [...existing.highlights],
    orphans: [...(existing.orphans ?? [])]
  }
  let unchanged = 0
  let orphaned = anchored.orphaned
  const orphans = anchored.annotations.orphans ?? []
  for (const review of Object.values(anchored.annotations.claims)) {
    const mine = result.claims[review.claimId]
    if (!mine) result.claims[review.claimId] = review
    else if (sameReview(mine, review)) unchanged++
    else {
      orphans.push({
        id: `o-${stamp}-${orphans.length}`,
        orphanedAt: now,
        annotation: { kind: 'claim', review }
      })
      orphaned++
    }
  }
  for (const highlight of anchored.annotations.highlights) {
    if (result.highlights.some((mine) => sameHighlight(mine, highlight))) unchanged++
    else result.highlights.push(highlight)
  }
  result.highlights.sort((a, b) => a.target.position.start - b.target.position.start)
  // Orphan ids from the re-anchoring start at o1: make them unique to this import.
  result.orphans = [
    ...(result.orphans ?? []),
    ...orphans.map((orphan) =>
      orphan.id.startsWith('o-') ? orphan : { ...orphan, id: `o-${stamp}-${orphan.id}` }
    )
  ]
  if (result.orphans.length === 0) delete result.orphans
  return { annotations: result, placed: read.length - orphaned - unchanged, orphaned, unchanged }
}

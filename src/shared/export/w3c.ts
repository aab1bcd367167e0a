/**
 * The W3C Web Annotation export (JSON-LD): an AnnotationCollection of one document's review. Each
 * claim review is an Annotation motivated by `assessing`, its bodies the status, the note
 * (`commenting`), the tags (`tagging`) and the sources (linked web resources, with the quoted
 * passage as a selector on them); each highlight is an Annotation motivated by `highlighting`.
 * Every target is the document with a TextQuoteSelector and a TextPositionSelector (in code points,
 * as the model says). See https://www.w3.org/TR/annotation-model/.
 */
import {
  statusLabel,
  type ClaimReview,
  type Highlight,
  type Source,
  type StoredDocument,
  type TextTarget
} from '../model'
import { hasReviewer } from '../has-reviewer'
import type { Reviewer } from '../reviewer'
import { codePointOffsets } from './code-points'
import { claimsInReadingOrder, webAddress } from './review-parts'

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

export interface W3cExportOptions {
  exportedAt: string
  /** The app and its version, e.g. "Claimcheck 0.1.0". */
  generator: string
  reviewer?: Reviewer
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

/** The IRI annotations point at: the article's web address, or a URN naming the document. */
export function documentIri(document: StoredDocument): string {
  return webAddress(document) ?? `urn:claimcheck:document:${document.id}`
}

const annotationIri = (document: StoredDocument, localId: string) =>
  `urn:claimcheck:annotation:${document.id}:${localId}`

const textualBody = (purpose: string, value: string): JsonObject => ({
  type: 'TextualBody',
  purpose,
  value,
  format: 'text/plain'
})

function sourceBody(source: Source): JsonObject {
  const resource: JsonObject = { id: source.url, type: 'Text' }
  if (source.title) resource['schema:name'] = source.title
  const body: JsonObject = { type: 'SpecificResource', purpose: 'linking', source: resource }
  if (source.quote) body['selector'] = { type: 'TextQuoteSelector', exact: source.quote }
  if (source.shows) resource['schema:description'] = source.shows
  // The Web Annotation model's own way to say which copy, as of when: a TimeState.
  if (source.accessedOn || source.archiveUrl) {
    const state: JsonObject = { type: 'TimeState' }
    if (source.archiveUrl) state['cached'] = source.archiveUrl
    if (source.accessedOn) state['sourceDate'] = `${source.accessedOn}T00:00:00Z`
    body['state'] = state
  }
  return body
}

function creatorOf(reviewer: Reviewer | undefined): JsonObject | null {
  if (!reviewer || !hasReviewer(reviewer)) return null
  const creator: JsonObject = { type: reviewer.name ? 'Person' : 'Organization' }
  creator['name'] = reviewer.name || reviewer.organisation
  if (reviewer.name && reviewer.organisation) creator['schema:affiliation'] = reviewer.organisation
  return creator
}

function motivationOf(review: ClaimReview): string {
  if (review.status) return 'assessing'
  if (review.note.trim()) return 'commenting'
  if (review.tags.length > 0) return 'tagging'
  return 'linking'
}

export function exportW3c(document: StoredDocument, options: W3cExportOptions): string {
  const source = documentIri(document)
  const { toCodePoints } = codePointOffsets(document.text)
  const creator = creatorOf(options.reviewer)

  const target = ({ quote, position }: TextTarget): JsonObject => ({
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: toCodePoints(position.start), end: toCodePoints(position.end) }
    ]
  })

  const annotation = (
    localId: string,
    motivation: string,
    body: JsonObject[],
    on: TextTarget,
    created: string,
    modified: string
  ): JsonObject => ({
    id: annotationIri(document, localId),
    type: 'Annotation',
    motivation,
    created,
    modified,
    ...(creator ? { creator } : {}),
    ...(body.length > 0 ? { body } : {}),
    target: target(on)
  })

  const reviewAnnotation = (review: ClaimReview): JsonObject => {
    const body: JsonObject[] = []
    if (review.status) body.push(textualBody('assessing', statusLabel[review.status]))
    if (review.note.trim()) body.push(textualBody('commenting', review.note))
    for (const tag of review.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag })
    for (const link of review.sources) body.push(sourceBody(link))
    const created = review.history[0]?.at ?? review.updatedAt
    return annotation(review.claimId, motivationOf(review), body, review.target, created, review.updatedAt)
  }

  const highlightAnnotation = (highlight: Highlight): JsonObject => {
    const body = highlight.note.trim() ? [textualBody('commenting', highlight.note)] : []
    return annotation(
      highlight.id,
      'highlighting',
      body,
      highlight.target,
      highlight.createdAt,
      highlight.createdAt
    )
  }

  const items: JsonObject[] = [
    ...claimsInReadingOrder(document).flatMap(({ review }) => (review ? [reviewAnnotation(review)] : [])),
    ...[...document.annotations.highlights]
      .sort((a, b) => a.target.position.start - b.target.position.start)
      .map(highlightAnnotation)
  ]
  const collection: JsonObject = {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:claimcheck:collection:${document.id}`,
    type: 'AnnotationCollection',
    label: document.title || 'Untitled',
    total: items.length,
    generator: { type: 'Software', name: options.generator },
    generated: options.exportedAt,
    ...(items.length > 0 ? { first: { type: 'AnnotationPage', startIndex: 0, items } } : {})
  }
  return `${JSON.stringify(collection, null, 2)}\n`
}

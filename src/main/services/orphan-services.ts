/**
 * Orphans — annotations a new version of a document had no place for — are re-attached to a span
 * the user picks (a claim review goes to the claim there) or deleted for good.
 */
import { claimOverlapping } from '../../shared/anchor/reanchor'
import { targetFor } from '../../shared/annotations/selectors'
import type { Services } from '../../shared/contract'
import type { Orphan, StoredDocument } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import { findEntry, type ServiceDeps } from './service-deps'
import { reviewOf } from '../../shared/annotations/claim-review'

function placed(document: StoredDocument, orphan: Orphan, start: number, end: number): StoredDocument {
  if (end > document.text.length || start >= end) {
    throw new ApiFailure('invalid-input', 'That selection is outside the document’s text.')
  }
  const { annotations } = document
  if (orphan.annotation.kind === 'highlight') {
    const highlight = { ...orphan.annotation.highlight, target: targetFor(document.text, start, end) }
    return {
      ...document,
      annotations: { ...annotations, highlights: [...annotations.highlights, highlight] }
    }
  }
  const claim = claimOverlapping(document.claims, start, end)
  if (!claim) throw new ApiFailure('invalid-input', 'Select a claim (a sentence) to attach this review to.')
  if (reviewOf(annotations, claim.id)) {
    throw new ApiFailure('invalid-input', 'That claim already has a review; choose another claim.')
  }
  const review = {
    ...orphan.annotation.review,
    claimId: claim.id,
    target: targetFor(document.text, claim.start, claim.end)
  }
  return {
    ...document,
    annotations: { ...annotations, claims: { ...annotations.claims, [claim.id]: review } }
  }
}

export function orphanServices({ store }: ServiceDeps): Pick<Services, 'reattachOrphan' | 'deleteOrphan'> {
  const change = async (
    documentId: string,
    orphanId: string,
    update: (document: StoredDocument, orphan: Orphan) => StoredDocument
  ): Promise<StoredDocument> => {
    findEntry(store, documentId)
    const { document } = await store.changeDocument(documentId, (current) => {
      const orphan = current.orphans?.find((candidate) => candidate.id === orphanId)
      if (!orphan) throw new ApiFailure('not-found', 'That orphaned annotation is no longer there.')
      return {
        ...update(current, orphan),
        orphans: (current.orphans ?? []).filter((candidate) => candidate !== orphan)
      }
    })
    return document
  }
  return {
    reattachOrphan: ({ documentId, orphanId, start, end }) =>
      change(documentId, orphanId, (document, orphan) => placed(document, orphan, start, end)),
    deleteOrphan: ({ documentId, orphanId }) => change(documentId, orphanId, (document) => document)
  }
}

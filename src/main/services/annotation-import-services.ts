/**
 * Importing annotations: a W3C Web Annotation file (Claimcheck's own export, or Hypothesis's) is
 * applied to the document it names by its web address, else to the document open on screen; the
 * quotes are re-anchored exact then fuzzy, and what finds no place is kept as orphans.
 */
import type { Services } from '../../shared/contract'
import { placeWebAnnotations, readWebAnnotations } from '../../shared/import/web-annotations'
import { ApiFailure } from '../../shared/result'
import { findEntry, type ServiceDeps } from './service-deps'

/** Addresses compared without their fragment or a trailing slash: the same page either way. */
function samePage(address: string): string {
  try {
    const url = new URL(address)
    url.hash = ''
    return url.href.replace(/\/$/, '')
  } catch {
    return address
  }
}

export function annotationImportServices({ store, now }: ServiceDeps): Pick<Services, 'importAnnotations'> {
  return {
    async importAnnotations({ fileName, text, documentId }) {
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        throw new ApiFailure('invalid-input', `“${fileName}” is not JSON, so it holds no web annotations.`)
      }
      const { annotations: read, skipped } = readWebAnnotations(parsed)
      if (read.length === 0) {
        throw new ApiFailure('invalid-input', `“${fileName}” holds no annotations with a quote to place.`)
      }
      const pages = new Set(
        read.flatMap((annotation) => (annotation.source ? [samePage(annotation.source)] : []))
      )
      const named = store.index.documents.find((entry) => pages.has(samePage(entry.source)))
      const target = named ?? (documentId ? findEntry(store, documentId) : undefined)
      if (!target) {
        throw new ApiFailure(
          'not-found',
          'No document has the web address these annotations are for; open one and import again.'
        )
      }
      let counts = { placed: 0, orphaned: 0, unchanged: 0 }
      const { entry } = await store.changeDocument(target.id, (document) => {
        const placed = placeWebAnnotations(document.annotations, document, read, now().toISOString())
        counts = placed
        return { ...document, annotations: placed.annotations }
      })
      const { placed, orphaned, unchanged } = counts
      return { entry, placed, orphaned, unchanged, skipped }
    }
  }
}

/** Annotation changes: applied with the shared pure transition, acknowledged once on disk. */
import { applyChange } from '../../shared/annotations/changes'
import type { Services } from '../../shared/contract'
import { findEntry, type ServiceDeps } from './service-deps'

export function annotationServices({ store, now }: ServiceDeps): Pick<Services, 'applyChange'> {
  return {
    async applyChange({ documentId, change }) {
      findEntry(store, documentId)
      const { document, entry } = await store.changeDocument(
        documentId,
        (current) => {
          const annotations = applyChange(current, current.annotations, change, now().toISOString())
          return annotations === current.annotations ? current : { ...current, annotations }
        },
        { indexInBackground: true }
      )
      return { annotations: document.annotations, entry }
    }
  }
}

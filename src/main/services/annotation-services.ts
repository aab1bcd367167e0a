/** Annotation changes: applied with the shared pure transition, acknowledged once on disk. */
import { applyChange } from '../../shared/annotations/changes'
import type { Services } from '../../shared/contract'
import type { StoredDocument } from '../../shared/model'
import { entryFor } from '../store/library-store'
import { findEntry, type ServiceDeps } from './service-deps'

export function annotationServices({ store, now }: ServiceDeps): Pick<Services, 'applyChange'> {
  return {
    async applyChange({ documentId, change }) {
      findEntry(store, documentId)
      const document = await store.readDocument(documentId)
      const at = now().toISOString()
      const annotations = applyChange(document, document.annotations, change, at)
      const updated: StoredDocument = { ...document, annotations }
      await store.writeDocument(updated)
      const entry = entryFor(updated, at)
      await store.updateIndex((index) => {
        index.documents = index.documents.map((candidate) =>
          candidate.id === documentId ? entry : candidate
        )
      })
      return { annotations, entry }
    }
  }
}

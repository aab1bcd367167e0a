/**
 * Renaming a document and the trash: a deleted document keeps its file until the trash is emptied,
 * so a delete can be undone.
 */
import type { Services } from '../../shared/contract'
import { ApiFailure } from '../../shared/result'
import { findEntry, type ServiceDeps } from './service-deps'

type RenameAndTrashServices = Pick<
  Services,
  'renameDocument' | 'trashDocument' | 'restoreDocument' | 'listTrash' | 'emptyTrash'
>

export function renameAndTrashServices({ store, now }: ServiceDeps): RenameAndTrashServices {
  return {
    async renameDocument({ documentId, title }) {
      findEntry(store, documentId)
      const { entry } = await store.changeDocument(documentId, (document) =>
        document.title === title ? document : { ...document, title }
      )
      return entry
    },
    async trashDocument({ documentId }) {
      findEntry(store, documentId)
      // The document file says it is in the trash, so even a rebuilt index knows.
      const trashedAt = now().toISOString()
      await store.changeDocument(documentId, (document) => ({ ...document, trashedAt }))
      if (store.index.lastDocumentId === documentId) {
        await store.updateIndex((index) => {
          index.lastDocumentId = null
        })
      }
    },
    async restoreDocument({ documentId }) {
      if (!store.index.trash.some((candidate) => candidate.id === documentId)) {
        throw new ApiFailure('not-found', 'That document is no longer in the trash.')
      }
      const { entry } = await store.changeDocument(
        documentId,
        ({ trashedAt: _trashedAt, ...document }) => document
      )
      return entry
    },
    async listTrash() {
      return [...store.index.trash].sort((a, b) => b.trashedAt.localeCompare(a.trashedAt))
    },
    async emptyTrash() {
      const trashed = store.index.trash.map((entry) => entry.id)
      await store.deleteDocuments(trashed)
      return trashed.length
    }
  }
}

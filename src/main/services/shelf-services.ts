/**
 * Keeping the library in order: renaming, the trash (a deleted document keeps its file until the
 * trash is emptied, so a delete can be undone), and the reading place each document reopens at.
 */
import type { Services } from '../../shared/contract'
import { ApiFailure } from '../../shared/result'
import { findEntry, type ServiceDeps } from './service-deps'

type ShelfServices = Pick<
  Services,
  | 'renameDocument'
  | 'trashDocument'
  | 'restoreDocument'
  | 'listTrash'
  | 'emptyTrash'
  | 'getReadingPlace'
  | 'saveReadingPlace'
>

export function shelfServices({ store, now }: ServiceDeps): ShelfServices {
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
    },
    async getReadingPlace({ documentId }) {
      findEntry(store, documentId)
      const { places } = store.index
      return Object.hasOwn(places, documentId) ? (places[documentId] ?? null) : null
    },
    async saveReadingPlace({ documentId, place }) {
      findEntry(store, documentId)
      if (place.claimId !== null) {
        const { claims } = await store.openDocument(documentId)
        if (!claims.some((claim) => claim.id === place.claimId)) {
          throw new ApiFailure('not-found', `This document has no claim "${place.claimId}".`)
        }
      }
      await store.updateIndex((index) => {
        index.places[documentId] = place
      })
    }
  }
}

/**
 * Keeping the library in order: renaming, the trash (a deleted document keeps its file until the
 * trash is emptied, so a delete can be undone), and the reading place each document reopens at.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Services } from '../../shared/contract'
import { ApiFailure } from '../../shared/result'
import { entryFor } from '../store/library-store'
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
      const document = await store.readDocument(documentId)
      const updated = { ...document, title }
      await store.writeDocument(updated)
      const entry = entryFor(updated, now().toISOString())
      await store.updateIndex((index) => {
        index.documents = index.documents.map((candidate) =>
          candidate.id === documentId ? entry : candidate
        )
      })
      return entry
    },
    async trashDocument({ documentId }) {
      const entry = findEntry(store, documentId)
      await store.updateIndex((index) => {
        index.documents = index.documents.filter((candidate) => candidate.id !== documentId)
        index.trash.push({ ...entry, trashedAt: now().toISOString() })
        if (index.lastDocumentId === documentId) index.lastDocumentId = null
      })
    },
    async restoreDocument({ documentId }) {
      const trashed = store.index.trash.find((candidate) => candidate.id === documentId)
      if (!trashed) throw new ApiFailure('not-found', 'That document is no longer in the trash.')
      const { trashedAt: _trashedAt, ...entry } = trashed
      await store.updateIndex((index) => {
        index.trash = index.trash.filter((candidate) => candidate.id !== documentId)
        index.documents.push(entry)
      })
      return entry
    },
    async listTrash() {
      return [...store.index.trash].sort((a, b) => b.trashedAt.localeCompare(a.trashedAt))
    },
    async emptyTrash() {
      const trashed = store.index.trash.map((entry) => entry.id)
      // The index forgets them first: a crash midway leaves unlisted files, never listed ghosts.
      await store.updateIndex((index) => {
        index.trash = []
        for (const id of trashed) delete index.places[id]
      })
      await Promise.all(
        trashed.map((id) => rm(join(store.dataDir, 'documents', `${id}.json`), { force: true }))
      )
      store.forget(trashed)
      return trashed.length
    },
    async getReadingPlace({ documentId }) {
      findEntry(store, documentId)
      return store.index.places[documentId] ?? null
    },
    async saveReadingPlace({ documentId, place }) {
      findEntry(store, documentId)
      await store.updateIndex((index) => {
        index.places[documentId] = place
      })
    }
  }
}

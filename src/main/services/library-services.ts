/** Startup, the library list, and opening documents. */
import type { Services } from '../../shared/contract'
import { findEntry, type ServiceDeps } from './service-deps'

type LibraryServices = Pick<Services, 'getStartup' | 'listDocuments' | 'openDocument'>

export function libraryServices({ store, platform, version }: ServiceDeps): LibraryServices {
  return {
    async getStartup() {
      return {
        host: platform.kind,
        version,
        dataDir: store.dataDir,
        notices: store.takeNotices(),
        lastDocumentId: store.index.lastDocumentId
      }
    },

    async listDocuments() {
      return [...store.index.documents].sort((a, b) => b.addedAt.localeCompare(a.addedAt))
    },

    async openDocument({ documentId }) {
      findEntry(store, documentId)
      const document = await store.openDocument(documentId)
      if (store.index.lastDocumentId !== documentId) store.noteLastDocument(documentId)
      return document
    }
  }
}

/** Startup, the library list, opening and importing documents. */
import type { Services } from '../../shared/contract'
import { buildArticle } from '../../shared/document/build-article'
import { parsePlainText } from '../../shared/text/plain-text'
import { importArticle } from './import-article'
import { assertReadableText } from './import-text'
import { findEntry, type ServiceDeps } from './service-deps'

type LibraryServices = Pick<Services, 'getStartup' | 'listDocuments' | 'openDocument' | 'importText'>

export function libraryServices({ store, platform, version, now }: ServiceDeps): LibraryServices {
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
      if (store.index.lastDocumentId !== documentId) {
        await store.updateIndex((index) => {
          index.lastDocumentId = documentId
        })
      }
      return document
    },

    async importText({ fileName, text }) {
      assertReadableText(fileName, text)
      return importArticle(store, buildArticle(parsePlainText(text, fileName)), now())
    }
  }
}

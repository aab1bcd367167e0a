/**
 * The services behind the API contract: plain functions over the store and the host platform.
 * They know nothing about Electron or HTTP; both hosts bind them through `dispatch`.
 */
import { writeFile } from 'node:fs/promises'
import { applyChange } from '../../shared/annotations/changes'
import type { ExportFormat, ExportedFile, Services } from '../../shared/contract'
import { buildArticle, type ArticleDraft } from '../../shared/document/build-article'
import { exportFileName, exportMarkdown } from '../../shared/export/markdown'
import { SCHEMA_VERSION, emptyAnnotations, type LibraryEntry, type StoredDocument } from '../../shared/model'
import { ApiFailure, missingCase } from '../../shared/result'
import { parsePlainText } from '../../shared/text/plain-text'
import { LibraryStore, entryFor } from '../store/library-store'
import { newDocumentId } from './document-id'
import { assertReadableText } from './import-text'
import type { HostPlatform } from './platform'

export interface ServiceDeps {
  store: LibraryStore
  platform: HostPlatform
  version: string
  now?: () => Date
}

export function createServices({ store, platform, version, now = () => new Date() }: ServiceDeps): Services {
  const findEntry = (documentId: string): LibraryEntry => {
    const entry = store.index.documents.find((candidate) => candidate.id === documentId)
    if (!entry) throw new ApiFailure('not-found', 'That document is no longer in the library.')
    return entry
  }

  const renderExport = async (documentId: string, format: ExportFormat): Promise<ExportedFile> => {
    findEntry(documentId)
    const document = await store.readDocument(documentId)
    switch (format) {
      case 'markdown':
        return {
          fileName: exportFileName(document.title, 'md'),
          mimeType: 'text/markdown',
          content: exportMarkdown(document, { exportedAt: now().toISOString() })
        }
      default:
        return missingCase(format)
    }
  }

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
      findEntry(documentId)
      const document = await store.readDocument(documentId)
      if (store.index.lastDocumentId !== documentId) {
        await store.updateIndex((index) => {
          index.lastDocumentId = documentId
        })
      }
      return document
    },

    async applyChange({ documentId, change }) {
      findEntry(documentId)
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
    },

    async importText({ fileName, text }) {
      assertReadableText(fileName, text)
      return importArticle(store, parsePlainText(text, fileName), now())
    },

    async exportDocument({ documentId, format }) {
      return renderExport(documentId, format)
    },

    async saveExport({ documentId, format }) {
      if (!platform.chooseSavePath) {
        throw new ApiFailure('unsupported', 'Saving through a dialog is only available in the desktop app.')
      }
      const file = await renderExport(documentId, format)
      const location = await platform.chooseSavePath(file.fileName)
      if (!location) return { saved: false, location: null }
      await writeFile(location, file.content, 'utf8')
      return { saved: true, location }
    },

    async openExternal({ url }) {
      if (!platform.openExternal) {
        throw new ApiFailure('unsupported', 'Links open in the browser itself in the browser host.')
      }
      if (!isWebLink(url)) throw new ApiFailure('invalid-input', 'Only http and https links can be opened.')
      await platform.openExternal(url)
    }
  }
}

/** True only for URLs that parse and use http or https. */
export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
  } catch {
    return false
  }
}

/** Stores a new document built from a draft and lists it in the library. */
export async function importArticle(
  store: LibraryStore,
  draft: ArticleDraft,
  at: Date
): Promise<LibraryEntry> {
  const article = buildArticle(draft)
  if (article.claims.length === 0 && article.blocks.length <= 1) {
    throw new ApiFailure('bad-file', `“${draft.source}” has a title but no article text to review.`)
  }
  const document: StoredDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: newDocumentId(article.title),
    addedAt: at.toISOString(),
    ...article,
    annotations: emptyAnnotations()
  }
  await store.writeDocument(document)
  const entry = entryFor(document)
  await store.updateIndex((index) => {
    index.documents.push(entry)
  })
  return entry
}

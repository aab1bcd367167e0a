/**
 * Importing files: text sent by the renderer, or a file main reads after the native open dialog.
 * A file whose source or title matches a document in the library is held (in memory, never on
 * disk) until the user says whether it is a new version of that document or a new document.
 */
import { randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ImportOutcome, ImportProgress, Services } from '../../shared/contract'
import { isBackupFileName } from '../../shared/export/backup-file-name'
import { isAnnotationFileName } from '../../shared/import/file-name'
import { normalizeInline } from '../../shared/document/build-article'
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../shared/import/limits'
import type { Article, LibraryEntry } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import type { LibraryStore } from '../store/library-store'
import type { ArticleInput } from '../import/article-input'
import { recogniseFeed } from '../../shared/fact-checks/claim-review-shape'
import { importArticle } from './import-article'
import { importFeed } from './matching-services'
import type { ServiceDeps } from './service-deps'
import { updateDocument } from './update-document'
import { webImportServices } from './web-import-services'

type ImportServices = Pick<
  Services,
  | 'importFile'
  | 'getImportProgress'
  | 'importFromDialog'
  | 'importFromWeb'
  | 'webImportProgress'
  | 'cancelWebImport'
  | 'resolveImport'
>

/** Questions older than the last few are forgotten: each holds a whole article in memory. */
const MAX_PENDING = 4

const sameText = (a: string, b: string): boolean =>
  normalizeInline(a).toLowerCase() === normalizeInline(b).toLowerCase()

export function findPreviousVersion(
  store: LibraryStore,
  draft: { source: string; title: string }
): LibraryEntry | null {
  const documents = store.index.documents
  return (
    documents.find((entry) => entry.source === draft.source) ??
    documents.find((entry) => sameText(entry.title, draft.title)) ??
    null
  )
}

/** JSON, JSON-LD and HTML files may be ClaimReview feeds; their content says. */
const looksLikeFeedFile = (fileName: string): boolean =>
  !isBackupFileName(fileName) && /\.(?:json|jsonld|html?|xhtml)$/i.test(fileName)

/** Restores a backup chosen in the open dialog: the backup services' own `importBackup`. */
export type BackupImporter = Services['importBackup']

export function importServices(deps: ServiceDeps, importBackup?: BackupImporter): ImportServices {
  const { store, platform, now, articleBuilder, factChecks } = deps
  const pending = new Map<string, { article: Article; documentId: string }>()
  // Imports under way, each with how far it has got; the latest is the one reported.
  const underWay = new Map<symbol, ImportProgress | null>()

  const build = async (input: ArticleInput): Promise<Article> => {
    const key = Symbol(input.fileName)
    underWay.set(key, null)
    try {
      return await articleBuilder.build(input, (done, total) =>
        underWay.set(key, { fileName: input.fileName, done, total, unit: 'page' })
      )
    } finally {
      underWay.delete(key)
    }
  }

  // The article is built (on a worker thread in the hosts) before anything is stored or asked.
  const importBuilt = async (article: Article): Promise<ImportOutcome> => {
    const existing = findPreviousVersion(store, article)
    if (!existing) return { status: 'imported', entry: await importArticle(store, article, now()) }
    const pendingId = randomBytes(12).toString('hex')
    pending.set(pendingId, { article, documentId: existing.id })
    for (const key of [...pending.keys()].slice(0, -MAX_PENDING)) pending.delete(key)
    return {
      status: 'needs-decision',
      kind: 'version',
      pendingId,
      title: normalizeInline(article.title),
      existing
    }
  }

  return {
    // A web page, once fetched and built, is stored (or asked about) like a file.
    ...webImportServices(deps, { build, importBuilt }),
    async importFile(input) {
      const { fileName } = input
      // A ClaimReview feed is told by its content, before its JSON or HTML is read as an article.
      if ('text' in input && recogniseFeed(input.text)) {
        return importFeed(factChecks, fileName, input.text, now())
      }
      const file = 'base64' in input ? { fileName, bytes: Buffer.from(input.base64, 'base64') } : input
      return importBuilt(await build(file))
    },
    async getImportProgress() {
      return [...underWay.values()].findLast((progress) => progress !== null) ?? null
    },
    async importFromDialog() {
      if (!platform.chooseImportFile) {
        throw new ApiFailure('unsupported', 'The open dialog is only available in the desktop app.')
      }
      const path = await platform.chooseImportFile()
      if (!path) return { status: 'cancelled' }
      const fileName = basename(path)
      const { size } = await stat(path)
      // Refused before a byte is read: the limit holds however large the file is.
      if (size > MAX_IMPORT_BYTES) throw new ApiFailure('too-large', tooLargeMessage(fileName, size))
      const bytes = await readFile(path)
      // Loaded here, not at start: its module brings the HTML importer, and with it jsdom.
      const { decodeImportBytes } = await import('../import/draft-from-file')
      if (looksLikeFeedFile(fileName)) {
        const text = decodeImportBytes(fileName, bytes)
        if (recogniseFeed(text)) return importFeed(factChecks, fileName, text, now())
      }
      if (isAnnotationFileName(fileName) && !isBackupFileName(fileName)) {
        throw new ApiFailure(
          'unsupported',
          `“${fileName}” holds annotations: open the document they belong to and drop the file on the window.`
        )
      }
      if (importBackup && isBackupFileName(fileName)) {
        const outcome = await importBackup({ fileName, text: decodeImportBytes(fileName, bytes) })
        return outcome.status === 'needs-decision' ? { ...outcome, kind: 'backup' } : outcome
      }
      return importBuilt(await build({ fileName, bytes }))
    },
    async resolveImport({ pendingId, decision }) {
      const held = pending.get(pendingId)
      if (!held) throw new ApiFailure('not-found', 'That import is no longer waiting; import the file again.')
      pending.delete(pendingId)
      if (decision === 'cancel') return { status: 'cancelled' }
      if (decision === 'new')
        return { status: 'imported', entry: await importArticle(store, held.article, now()) }
      if (!store.index.documents.some((entry) => entry.id === held.documentId)) {
        throw new ApiFailure('not-found', 'The document to update is no longer in the library.')
      }
      return { status: 'updated', ...(await updateDocument(store, held.documentId, held.article, now())) }
    }
  }
}

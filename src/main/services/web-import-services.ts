/**
 * Importing from a web address: main fetches the page (see fetch/fetch-page.ts), the import worker
 * builds its article, and it is stored like an imported file (asking first when its address or
 * title matches a document). Each import is known by an id the renderer chose, so it can show
 * the bytes downloaded so far and cancel; a cancelled import saves nothing.
 */
import type { ImportOutcome, Services, WebImportProgress } from '../../shared/contract'
import type { Article } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import { checkWebAddress } from '../../shared/web/web-address'
import { FetchCancelled, fetchPage } from '../fetch/fetch-page'
import type { ArticleInput } from '../import/article-input'
import type { ServiceDeps } from './service-deps'

type WebImportServices = Pick<Services, 'importFromWeb' | 'webImportProgress' | 'cancelWebImport'>

interface Download {
  controller: AbortController
  progress: WebImportProgress
}

/** How the import services build an article (reporting a PDF's pages) and store or ask about it. */
export interface ImportSteps {
  build: (input: ArticleInput) => Promise<Article>
  importBuilt: (article: Article) => Promise<ImportOutcome>
}

export function webImportServices(
  { webFetchLimits }: ServiceDeps,
  { build, importBuilt }: ImportSteps
): WebImportServices {
  const downloads = new Map<string, Download>()

  return {
    async importFromWeb({ url, downloadId }) {
      const checked = checkWebAddress(url, { assumeHttps: true })
      if (!checked.ok) throw new ApiFailure('unsupported', checked.message)
      if (downloads.has(downloadId))
        throw new ApiFailure('invalid-input', 'That web import is already running.')
      const download: Download = {
        controller: new AbortController(),
        progress: { phase: 'downloading', receivedBytes: 0, totalBytes: null }
      }
      downloads.set(downloadId, download)
      const { signal } = download.controller
      try {
        const page = await fetchPage(checked.url, {
          signal,
          ...(webFetchLimits ? { limits: webFetchLimits } : {}),
          onProgress: (progress) => (download.progress = { phase: 'downloading', ...progress })
        })
        download.progress = { ...download.progress, phase: 'importing' }
        const article = await build({ fileName: page.url, ...page })
        // Cancelled while the article was being built: it is dropped, never stored.
        if (signal.aborted) return { status: 'cancelled' }
        return await importBuilt(article)
      } catch (error) {
        if (error instanceof FetchCancelled) return { status: 'cancelled' }
        throw error
      } finally {
        downloads.delete(downloadId)
      }
    },
    async webImportProgress({ downloadId }) {
      return downloads.get(downloadId)?.progress ?? null
    },
    async cancelWebImport({ downloadId }) {
      downloads.get(downloadId)?.controller.abort()
    }
  }
}

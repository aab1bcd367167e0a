/**
 * Producing an Article from an imported file: decoding, the format's importer and segmentation,
 * all CPU work. The services take an `ArticleBuilder` so the hosts can run it on a worker thread
 * (see `worker-article-builder.ts`) while tests and the CLI-like paths run it in-process.
 */
import type { Article } from '../../shared/model'
import type { PageProgress } from './pdf-article'

/** A file's content as the renderer sent it (text) or as main read it from disk (bytes). */
export type FileInput = { fileName: string; text: string } | { fileName: string; bytes: Uint8Array }

/** A body main fetched from the web: `fileName` names it in messages, `url` is where it was read. */
export interface WebPageInput {
  fileName: string
  url: string
  contentType: string
  bytes: Uint8Array
}

export type ArticleInput = FileInput | WebPageInput

export interface ArticleBuilder {
  /**
   * The file's article; refusals (bad-file, too-large, unsupported) reject with an ApiFailure.
   * `onProgress` hears how far a PDF has been read, page by page.
   */
  build(input: ArticleInput, onProgress?: PageProgress): Promise<Article>
}

/**
 * Builds on the calling thread: for unit tests, where blocking for a small file does not matter.
 * The importers (jsdom, Readability, mdast) load on first use, so starting a host never pays for them.
 */
export const inProcessArticleBuilder: ArticleBuilder = {
  build: async (input, onProgress) =>
    (await import('./article-from-input')).articleFromInput(input, onProgress)
}

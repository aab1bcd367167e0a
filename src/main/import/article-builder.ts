/**
 * Producing an Article from an imported file: decoding, the format's importer and segmentation,
 * all CPU work. The services take an `ArticleBuilder` so the hosts can run it on a worker thread
 * (see `worker-article-builder.ts`) while tests and the CLI-like paths run it in-process.
 */
import type { ArticleBuilder } from './article-input'

export type { ArticleBuilder, ArticleInput, FileInput, PageProgress, WebPageInput } from './article-input'

/**
 * Builds on the calling thread: for unit tests, where blocking for a small file does not matter.
 * The importers (jsdom, Readability, mdast) load on first use, so starting a host never pays for them.
 */
export const inProcessArticleBuilder: ArticleBuilder = {
  build: async (input, onProgress) =>
    (await import('./article-from-input')).articleFromInput(input, onProgress)
}

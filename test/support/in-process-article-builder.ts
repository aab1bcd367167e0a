/**
 * An article builder on the calling thread, for tests and benches of the importers, where blocking
 * for a small file does not matter. The hosts pass a worker-backed builder (`builtWorkerArticleBuilder`);
 * production code has no default, so nothing ships that only tests use.
 */
import type { ArticleBuilder } from '../../src/main/import/article-input'

export const inProcessArticleBuilder: ArticleBuilder = {
  // The importers (jsdom, Readability, mdast) load on first use, as on the worker.
  build: async (input, onProgress) =>
    (await import('../../src/main/import/article-from-input')).articleFromInput(input, onProgress)
}

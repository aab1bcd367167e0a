/**
 * The built import worker, for the hosts: electron-vite builds it next to the host entries in
 * out/main/ (see `electron.vite.config.ts`), so each entry finds it beside itself.
 */
import { Worker } from 'node:worker_threads'
import type { ArticleBuilder } from './article-input'
import { workerArticleBuilder } from './worker-article-builder'

export function builtWorkerArticleBuilder(entryUrl: string): ArticleBuilder {
  return workerArticleBuilder(() => new Worker(new URL('./import-worker.js', entryUrl)))
}

/**
 * The import worker run from its TypeScript source under tsx, for tests and benchmarks that have
 * no build: a small bootstrap registers tsx inside the new thread, then loads the worker module.
 */
import { Worker } from 'node:worker_threads'
import type { ArticleBuilder } from '../../src/main/import/article-input'
import { workerArticleBuilder } from '../../src/main/import/worker-article-builder'

const workerSource = new URL('../../src/main/import/import-worker.ts', import.meta.url).href

const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerSource)}) })`

export function tsxWorkerArticleBuilder(): ArticleBuilder {
  return workerArticleBuilder(() => new Worker(bootstrap, { eval: true }))
}

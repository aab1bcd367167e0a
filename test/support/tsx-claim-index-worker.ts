/**
 * The claim index worker run from its TypeScript source under tsx, for tests and benchmarks that
 * have no build: a small bootstrap registers tsx inside the new thread, then loads the worker.
 */
import { Worker } from 'node:worker_threads'
import { workerClaimIndex, type ReviewedClaimIndex } from '../../src/main/matching/reviewed-claim-index'

const workerSource = new URL('../../src/main/matching/claim-index-worker.ts', import.meta.url).href

const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerSource)}) })`

export function tsxWorkerClaimIndex(): ReviewedClaimIndex {
  return workerClaimIndex(() => new Worker(bootstrap, { eval: true }))
}

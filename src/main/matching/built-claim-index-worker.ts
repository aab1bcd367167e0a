/**
 * The built claim index worker, for the hosts: electron-vite builds it next to the host entries in
 * out/main/ (see `electron.vite.config.ts`), so each entry finds it beside itself.
 */
import { Worker } from 'node:worker_threads'
import { workerClaimIndex, type ReviewedClaimIndex } from './reviewed-claim-index'

export function builtWorkerClaimIndex(entryUrl: string): () => ReviewedClaimIndex {
  return () => workerClaimIndex(() => new Worker(new URL('./claim-index-worker.js', entryUrl)))
}

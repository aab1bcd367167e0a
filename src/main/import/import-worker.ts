/**
 * The import worker's entry (built to out/main/import-worker.js): it builds one article per
 * request off the main thread, reports a PDF's pages as they are read, and answers with the
 * article or the failure as plain data, since an ApiFailure's class does not survive the trip
 * between threads.
 */
import { parentPort } from 'node:worker_threads'
import { ApiFailure } from '../../shared/result'
import type { ArticleInput } from './article-input'
import { articleFromInput } from './article-from-input'
import type { WorkerMessage, WorkerReply } from './worker-article-builder'

async function reply(input: ArticleInput, report: (message: WorkerMessage) => void): Promise<WorkerReply> {
  try {
    const onProgress = (done: number, total: number): void => report({ progress: { done, total } })
    return { ok: true, article: await articleFromInput(input, onProgress) }
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, code: error.code, message: error.message }
    return { ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

const port = parentPort
if (!port) throw new Error('The import worker must run on a worker thread.')
const report = (message: WorkerMessage): void => port.postMessage(message)
port.on('message', (input: ArticleInput) => void reply(input, report).then(report))

/**
 * The import worker's entry (built to out/main/import-worker.js): it builds one article per
 * request off the main thread and answers with the article or the failure as plain data, since
 * an ApiFailure's class does not survive the trip between threads.
 */
import { parentPort } from 'node:worker_threads'
import { ApiFailure } from '../../shared/result'
import type { ArticleInput } from './article-builder'
import { articleFromFile } from './article-from-file'
import type { WorkerReply } from './worker-article-builder'

function reply(input: ArticleInput): WorkerReply {
  try {
    return { ok: true, article: articleFromFile(input) }
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, code: error.code, message: error.message }
    return { ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

const port = parentPort
if (!port) throw new Error('The import worker must run on a worker thread.')
port.on('message', (input: ArticleInput) => port.postMessage(reply(input)))

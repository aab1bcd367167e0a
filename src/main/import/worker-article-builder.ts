/**
 * Builds articles on a worker thread, one fresh worker per file: the main thread keeps answering
 * API calls while a large file is parsed, and all the memory a parse used goes when its worker
 * ends. Failures come back as data and are thrown again as the ApiFailure the service would throw.
 */
import type { Worker } from 'node:worker_threads'
import type { Article } from '../../shared/model'
import { ApiFailure, type ErrorCode } from '../../shared/result'
import type { ArticleBuilder, ArticleInput } from './article-builder'

/** What the worker posts back: the article, or a refusal (with a code) or a crash (without). */
export type WorkerReply = { ok: true; article: Article } | { ok: false; code?: ErrorCode; message: string }

function failureOf(reply: Extract<WorkerReply, { ok: false }>): Error {
  return reply.code ? new ApiFailure(reply.code, reply.message) : new Error(reply.message)
}

function outOfMemory(fileName: string): ApiFailure {
  return new ApiFailure(
    'too-large',
    `“${fileName}” needs more memory to import than Claimcheck has. Split it into smaller files and import them one by one.`
  )
}

/** `startWorker` starts the import worker: the built entry in the hosts, its source under tsx in tests. */
export function workerArticleBuilder(startWorker: () => Worker): ArticleBuilder {
  return {
    build: (input: ArticleInput) =>
      new Promise<Article>((resolve, reject) => {
        const worker = startWorker()
        let settled = false
        const settle = (outcome: () => void): void => {
          if (settled) return
          settled = true
          outcome()
          void worker.terminate()
        }
        worker.once('message', (reply: WorkerReply) =>
          settle(() => (reply.ok ? resolve(reply.article) : reject(failureOf(reply))))
        )
        worker.once('error', (error: Error & { code?: string }) =>
          settle(() =>
            reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(input.fileName) : error)
          )
        )
        worker.once('exit', (code) =>
          settle(() => reject(new Error(`The import worker stopped (exit code ${code}) before answering.`)))
        )
        worker.postMessage(input)
      })
  }
}

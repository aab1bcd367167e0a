/**
 * Builds articles on a worker thread, one fresh worker per file: the main thread keeps answering
 * API calls while a large file is parsed, and all the memory a parse used goes when its worker
 * ends. Failures come back as data and are thrown again as the ApiFailure the service would throw.
 */
import type { Worker } from 'node:worker_threads'
import type { Article } from '../../shared/model'
import { ApiFailure, type ErrorCode } from '../../shared/result'
import type { ArticleBuilder, ArticleInput, PageProgress } from './article-input'

/** What the worker answers: the article, or a refusal (with a code) or a crash (without). */
export type WorkerReply = { ok: true; article: Article } | { ok: false; code?: ErrorCode; message: string }
/** What the worker posts: progress (pages read so far) any number of times, then its reply. */
export type WorkerMessage = WorkerReply | { progress: { done: number; total: number } }

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
    build: (input: ArticleInput, onProgress?: PageProgress) =>
      new Promise<Article>((resolve, reject) => {
        const worker = startWorker()
        let settled = false
        const settle = (outcome: () => void): void => {
          if (settled) return
          settled = true
          outcome()
          void worker.terminate()
        }
        worker.on('message', (message: WorkerMessage) => {
          if ('progress' in message) return onProgress?.(message.progress.done, message.progress.total)
          settle(() => (message.ok ? resolve(message.article) : reject(failureOf(message))))
        })
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

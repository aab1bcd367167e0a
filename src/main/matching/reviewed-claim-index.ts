/**
 * The claim matcher's index of reviewed claims, behind a port: in the hosts it lives on a worker
 * thread, since building it (a claim signature per reviewed claim, a million in a large library)
 * took the main thread's time from opening documents and saving changes; in tests and the command
 * line it lives in the same thread. Changes are sent in order and in batches and never awaited one
 * by one; a lookup is answered after every change sent before it.
 */
import type { Worker } from 'node:worker_threads'
import { ClaimIndex, type ClaimMatch, type ClaimRef } from '../../shared/claims'

/** A change to the index, as sent to the worker. */
export type IndexChange = { add: ClaimRef; text: string } | { remove: ClaimRef }

export interface FindOptions {
  excludeDocument?: string
  limit?: number
}

/** What the main thread asks of the worker; each request but `changes` is answered by its id. */
export type IndexRequest =
  | { kind: 'changes'; changes: IndexChange[] }
  | { kind: 'find'; id: number; texts: string[]; options: FindOptions }
  | { kind: 'size'; id: number }

export type IndexReply = { id: number; matches: ClaimMatch[][] } | { id: number; size: number }

export interface ReviewedClaimIndex {
  add(ref: ClaimRef, text: string): void
  remove(ref: ClaimRef): void
  /** The matches of each text, once every change sent before has been applied. */
  findAll(texts: readonly string[], options: FindOptions): Promise<ClaimMatch[][]>
  /** How many claims are indexed, once every change sent before has been applied. */
  size(): Promise<number>
  /** Called when the index was lost (its worker stopped): whoever filled it fills it again. */
  onLost(listener: () => void): void
}

/** Applies one request to an index: the worker's whole job, and the same-thread index's. */
export function answer(index: ClaimIndex, request: IndexRequest): IndexReply | null {
  switch (request.kind) {
    case 'changes':
      for (const change of request.changes) {
        if ('add' in change) index.add(change.add, change.text)
        else index.remove(change.remove)
      }
      return null
    case 'find':
      return { id: request.id, matches: request.texts.map((text) => index.find(text, request.options)) }
    case 'size':
      return { id: request.id, size: index.size }
  }
}

/** The index in this thread (tests, the command line). */
export function inThreadClaimIndex(): ReviewedClaimIndex {
  const index = new ClaimIndex()
  return {
    add: (ref, text) => index.add(ref, text),
    remove: (ref) => index.remove(ref),
    findAll: async (texts, options) => texts.map((text) => index.find(text, options)),
    size: async () => index.size,
    onLost: () => {}
  }
}

/** Changes sent in one message at most: a document's reviewed claims are usually one batch. */
const BATCH = 2000

/**
 * The index on a worker thread that `startWorker` starts (the built entry in the hosts, its source
 * under tsx in tests). The worker does not keep the process alive. If it stops, pending lookups
 * fail, the next request starts a new one, and `onLost` listeners refill it.
 */
export function workerClaimIndex(startWorker: () => Worker): ReviewedClaimIndex {
  let worker: Worker | null = null
  let nextId = 1
  let pending: IndexChange[] = []
  const waiting = new Map<number, { resolve: (reply: IndexReply) => void; reject: (error: Error) => void }>()
  const lostListeners: (() => void)[] = []

  const running = (): Worker => {
    if (worker) return worker
    const started = startWorker()
    started.unref()
    started.on('message', (reply: IndexReply) => {
      const waiter = waiting.get(reply.id)
      waiting.delete(reply.id)
      waiter?.resolve(reply)
    })
    const lost = (error: Error): void => {
      if (worker !== started) return
      worker = null
      pending = []
      for (const waiter of waiting.values()) waiter.reject(error)
      waiting.clear()
      for (const listener of lostListeners) listener()
    }
    started.once('error', lost)
    started.once('exit', (code) => lost(new Error(`The claim index worker stopped (exit code ${code}).`)))
    worker = started
    return started
  }
  const flush = (): void => {
    if (pending.length === 0) return
    const changes = pending
    pending = []
    running().postMessage({ kind: 'changes', changes } satisfies IndexRequest)
  }
  const queue = (change: IndexChange): void => {
    // Sent once this turn of the event loop is over, with whatever else it changed.
    if (pending.length === 0) queueMicrotask(flush)
    pending.push(change)
    if (pending.length >= BATCH) flush()
  }
  const ask = (request: { kind: 'find'; texts: string[]; options: FindOptions } | { kind: 'size' }) => {
    flush()
    const id = nextId++
    const target = running()
    return new Promise<IndexReply>((resolve, reject) => {
      waiting.set(id, { resolve, reject })
      target.postMessage({ ...request, id } satisfies IndexRequest)
    })
  }
  return {
    add: (ref, text) => queue({ add: ref, text }),
    remove: (ref) => queue({ remove: ref }),
    findAll: async (texts, options) => {
      const reply = await ask({ kind: 'find', texts: [...texts], options })
      return 'matches' in reply ? reply.matches : []
    },
    size: async () => {
      const reply = await ask({ kind: 'size' })
      return 'size' in reply ? reply.size : 0
    },
    onLost: (listener) => lostListeners.push(listener)
  }
}

/**
 * The desk's server, through `nano` (Apache's CouchDB client): the session, `_changes` (since,
 * limit, include_docs, conflicts; long-polled so another member's change arrives at once),
 * `_bulk_docs` with revisions, and reading a document (or one of its losing revisions). Failures
 * become one of three errors the engine acts on: offline (try again later), not allowed (the
 * server's reason), or an answer it cannot use.
 */
import nano, { type RequestOptions } from 'nano'
import { z } from 'zod'
import { abortable } from '../abortable'

/** The server could not be reached, timed out, or is failing (5xx): try again with backoff. */
export class DeskOffline extends Error {}
/** The server answered no (401/403): `message` is its reason, for a person. */
export class DeskNotAllowed extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}
/** The server's answer is not what CouchDB answers. */
export class DeskBadAnswer extends Error {}

export interface DeskChange {
  id: string
  deleted?: boolean
  doc?: unknown
}
export interface DeskChanges {
  results: DeskChange[]
  lastSeq: string
}
export interface BulkResult {
  id: string
  rev?: string
  error?: string
  reason?: string
}

export interface DeskClient {
  session(): Promise<{ name: string; roles: string[] }>
  changes(
    since: string,
    options: { limit: number; waitMs: number; signal: AbortSignal }
  ): Promise<DeskChanges>
  bulkDocs(docs: Record<string, unknown>[], signal: AbortSignal): Promise<BulkResult[]>
  get(id: string, signal: AbortSignal, rev?: string): Promise<unknown>
}

const ChangesAnswer = z.object({
  results: z
    .array(
      z.object({ id: z.string().max(1000), deleted: z.boolean().optional(), doc: z.unknown().optional() })
    )
    .max(10_000),
  last_seq: z.union([z.string().max(1000), z.number()])
})
const BulkAnswer = z
  .array(
    z.object({
      id: z.string().max(1000),
      rev: z.string().max(200).optional(),
      error: z.string().max(200).optional(),
      reason: z.string().max(2000).optional()
    })
  )
  .max(10_000)
const SessionAnswer = z.object({
  userCtx: z.object({ name: z.string().max(200).nullable(), roles: z.array(z.string().max(200)).max(100) })
})

/** A request gives up after this long (a long-poll after its wait plus this). */
export const REQUEST_TIMEOUT_MS = 20_000

interface NanoError {
  statusCode?: number
  reason?: string
  message?: string
  name?: string
}

function classify(error: unknown): Error {
  const couch = error as NanoError
  const status = couch.statusCode
  if (status === 401) return new DeskNotAllowed(401, 'The desk did not accept your name and password.')
  if (status === 403) return new DeskNotAllowed(403, couch.reason ?? 'The desk refused.')
  if (status === 404) return new DeskNotAllowed(404, 'There is no desk at this address (no such database).')
  if (status !== undefined && status >= 400 && status < 500) {
    return new DeskBadAnswer(`The desk answered ${status}: ${couch.reason ?? couch.message ?? 'no reason'}.`)
  }
  return new DeskOffline(couch.message ?? String(error))
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new DeskBadAnswer(`The desk's answer to ${what} was not understood.`)
  return parsed.data
}

export function deskClient(deskUrl: string, name: string, password: string): DeskClient {
  const at = deskUrl.lastIndexOf('/')
  const database = decodeURIComponent(deskUrl.slice(at + 1))
  const authorization = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`
  const couch = nano({ url: deskUrl.slice(0, at), headers: { Authorization: authorization } })
  const call = async (options: RequestOptions, signal: AbortSignal, waitMs = 0) => {
    try {
      // nano passes `signal` on to fetch; its types do not list it.
      const answer = await abortable(
        signal,
        REQUEST_TIMEOUT_MS + waitMs,
        (linked) => couch.request({ ...options, signal: linked } as RequestOptions) as Promise<unknown>
      )
      // nano answers '' when the body could not be read: the connection was cut (or we gave up)
      // after the server had started answering. That is the network, not a strange server.
      if (answer === '') throw new DeskOffline('The connection to the desk was cut mid-answer.')
      return answer
    } catch (error) {
      throw classify(error)
    }
  }
  return {
    async session() {
      const answer = parse(
        SessionAnswer,
        await call({ path: '_session' }, new AbortController().signal),
        'the log-in'
      )
      if (answer.userCtx.name === null)
        throw new DeskNotAllowed(401, 'The desk did not accept your name and password.')
      // The database itself: 401/403 here means not a member of this desk.
      await call({ db: database }, new AbortController().signal).catch((error: unknown) => {
        if (error instanceof DeskNotAllowed && error.status !== 404) {
          throw new DeskNotAllowed(
            403,
            `${name} is not a member of this desk (ask its admin for the checker or editor role).`
          )
        }
        throw error
      })
      return { name: answer.userCtx.name, roles: answer.userCtx.roles }
    },
    async changes(since, { limit, waitMs, signal }) {
      const qs: Record<string, string | number | boolean> = {
        since,
        limit,
        include_docs: true,
        conflicts: true
      }
      if (waitMs > 0) Object.assign(qs, { feed: 'longpoll', timeout: waitMs })
      const answer = parse(
        ChangesAnswer,
        await call({ db: database, path: '_changes', qs }, signal, waitMs),
        'changes'
      )
      return { results: answer.results, lastSeq: String(answer.last_seq) }
    },
    async bulkDocs(docs, signal) {
      const answer = await call({ db: database, path: '_bulk_docs', method: 'POST', body: { docs } }, signal)
      return parse(BulkAnswer, answer, 'a write')
    },
    async get(id, signal, rev) {
      return call({ db: database, doc: id, ...(rev ? { qs: { rev } } : {}) }, signal)
    }
  }
}

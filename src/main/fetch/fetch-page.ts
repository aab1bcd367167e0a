/**
 * Fetching one web page for import, in main (never in the renderer): http(s) only, redirects
 * followed by hand so every hop is checked, a time limit on each wait, the import size cap
 * enforced while the body streams, a browser's User-Agent, and no cookies (Node's fetch keeps
 * none). Only the page itself is fetched: nothing it links to or embeds.
 */
import { MAX_IMPORT_BYTES, MAX_WEB_REDIRECTS, WEB_TIMEOUT_MS } from '../../shared/import/limits'
import { ApiFailure } from '../../shared/result'
import { checkWebAddress } from '../../shared/web/web-address'
import { contentKindOfType, notAnArticleMessage, parseContentType } from '../../shared/web/web-content'
import { linkedController, untilAborted } from '../abortable'
import {
  networkFailure,
  pageTooLarge,
  redirectLoop,
  statusFailure,
  timedOut,
  tooManyRedirects
} from './fetch-errors'

/** A current desktop Chrome's: some sites refuse or trim pages for unknown clients. */
export const BROWSER_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36'

const REQUEST_HEADERS = {
  'User-Agent': BROWSER_USER_AGENT,
  Accept:
    'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.5',
  'Accept-Language': 'en;q=0.9,*;q=0.5'
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

export interface WebFetchLimits {
  /** The longest wait for an answer, and between two pieces of the body. */
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
}

export const defaultWebFetchLimits: WebFetchLimits = {
  timeoutMs: WEB_TIMEOUT_MS,
  maxBytes: MAX_IMPORT_BYTES,
  maxRedirects: MAX_WEB_REDIRECTS
}

export interface FetchedPage {
  /** The address the page was read at, after redirects. */
  url: string
  contentType: string
  bytes: Uint8Array
}

export interface FetchProgress {
  receivedBytes: number
  /** From Content-Length, when the server sent one for an uncompressed body. */
  totalBytes: number | null
}

export interface FetchOptions {
  /** Aborted when the user cancels: the fetch then rejects with `FetchCancelled`. */
  signal?: AbortSignal
  onProgress?: (progress: FetchProgress) => void
  limits?: Partial<WebFetchLimits>
}

export class FetchCancelled extends Error {
  constructor() {
    super('The download was cancelled.')
    this.name = 'FetchCancelled'
  }
}

/** A timer that aborts its signal unless restarted in time: a wait limit, not a total limit. */
function waitLimit(ms: number): { signal: AbortSignal; restart: () => void; stop: () => void } {
  const controller = new AbortController()
  let timer = setTimeout(() => controller.abort(), ms)
  return {
    signal: controller.signal,
    restart: () => {
      clearTimeout(timer)
      timer = setTimeout(() => controller.abort(), ms)
    },
    stop: () => clearTimeout(timer)
  }
}

function checkedAddress(url: string): URL {
  const checked = checkWebAddress(url)
  if (!checked.ok) throw new ApiFailure('unsupported', checked.message)
  return new URL(checked.url)
}

async function readBody(
  response: Response,
  url: string,
  limits: WebFetchLimits,
  orStop: <T>(step: Promise<T>) => Promise<T>,
  onChunk: (progress: FetchProgress) => void
): Promise<Uint8Array> {
  // A compressed body's length says nothing about the bytes it unpacks to.
  const length = response.headers.get('content-length')
  const declared = response.headers.get('content-encoding') || length === null ? NaN : Number(length)
  const totalBytes = Number.isSafeInteger(declared) && declared >= 0 ? declared : null
  if (totalBytes !== null && totalBytes > limits.maxBytes) throw pageTooLarge(url)
  const chunks: Uint8Array[] = []
  let receivedBytes = 0
  onChunk({ receivedBytes, totalBytes })
  if (!response.body) return new Uint8Array()
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await orStop(reader.read()).catch(async (error: unknown) => {
      await reader.cancel().catch(() => {})
      throw error
    })
    if (done) break
    receivedBytes += value.byteLength
    // Counted as the bytes arrive, so a server that lies about its length is stopped all the same.
    if (receivedBytes > limits.maxBytes) {
      await reader.cancel().catch(() => {})
      throw pageTooLarge(url)
    }
    chunks.push(value)
    onChunk({ receivedBytes, totalBytes })
  }
  return Buffer.concat(chunks)
}

export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const limits = { ...defaultWebFetchLimits, ...options.limits }
  const cancelled = options.signal ?? new AbortController().signal
  const wait = waitLimit(limits.timeoutMs)
  const { controller, dispose } = linkedController(cancelled, wait.signal)
  const signal = controller.signal
  // Each wait is also raced against the abort itself, which fetch can lose (see abortable.ts).
  const stopped = untilAborted(signal)
  const orStop = <T>(step: Promise<T>): Promise<T> => Promise.race([step, stopped.promise])
  let url = checkedAddress(address)
  const visited = new Set<string>([url.href])
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await orStop(fetch(url, { redirect: 'manual', headers: REQUEST_HEADERS, signal }))
      wait.restart()
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel().catch(() => {})
        const location = response.headers.get('location')
        if (!location) throw statusFailure(url.href, response.status, response.statusText)
        if (redirects >= limits.maxRedirects) throw tooManyRedirects(address, limits.maxRedirects)
        const next = checkedAddress(new URL(location, url).href)
        if (visited.has(next.href)) throw redirectLoop(address)
        visited.add(next.href)
        url = next
        continue
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {})
        throw statusFailure(url.href, response.status, response.statusText)
      }
      const contentType = response.headers.get('content-type') ?? ''
      const { mediaType } = parseContentType(contentType)
      // An image or a video is refused before its body is downloaded.
      if (contentKindOfType(mediaType, url.href) === null) {
        await response.body?.cancel().catch(() => {})
        throw new ApiFailure('bad-file', notAnArticleMessage(url.href, mediaType))
      }
      const bytes = await readBody(response, url.href, limits, orStop, (progress) => {
        wait.restart()
        options.onProgress?.(progress)
      })
      return { url: url.href, contentType, bytes }
    }
  } catch (error) {
    if (cancelled.aborted) throw new FetchCancelled()
    if (wait.signal.aborted) throw timedOut(url.href, limits.timeoutMs / 1000)
    if (error instanceof ApiFailure) throw error
    throw networkFailure(url.href, error)
  } finally {
    wait.stop()
    stopped.cancel()
    dispose()
  }
}

/**
 * The browser host: the same renderer and services over HTTP on 127.0.0.1 only. Every API call
 * must carry the token (kept across launches by server.ts); the Host header must name the loopback address (against DNS
 * rebinding); pages are served with the app's CSP.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Services } from '../../shared/contract'
import { fail, type Result } from '../../shared/result'
import { contentSecurityPolicy } from '../../shared/security/csp'
import { ByteBudget } from './byte-budget'
import { API_ROUTE_PREFIX, TOKEN_HEADER } from '../../shared/wire'
import { appPageOf, isAppPage, readStaticFile, withFirstScreenPage, type FirstScreen } from '../core/start'

export { TOKEN_HEADER } from '../../shared/wire'
/** Imports are limited to 50 MB: text (JSON escaping can add a little) or a PDF as base64 (4/3). */
const MAX_BODY_BYTES = 72 * 1024 * 1024
/** Bodies held at once: one import of the largest size, or many small calls, never a dozen imports. */
const BODY_BUDGET_BYTES = 96 * 1024 * 1024

const tooLarge = fail('too-large', 'The request is larger than 72 MB.')

export interface WebHostOptions {
  /** The services, or their promise: the host answers its page while the core is still loading. */
  services: Services | Promise<Services>
  rendererDir: string
  port?: number
  token?: string
  /** Bytes of request bodies held at once (benchmarks compare against an unbounded host). */
  bodyBudgetBytes?: number
  onInternalError?: (error: unknown) => void
  /**
   * The first screen to put in the app's page (the article's opening with its claims, painted
   * before any script runs); only a request carrying the token gets it, as it holds the library.
   */
  firstScreen?: () => Promise<FirstScreen | null>
  /** Told of each request as it comes: the app's page, a file it loads, or an API call. */
  onRequest?: (kind: 'page' | 'file' | 'api') => void
}

export interface WebHost {
  url: string
  port: number
  token: string
  close: () => Promise<void>
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY'
}

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store'
  })
  response.end(JSON.stringify(body))
}

/** Compares in constant time; any header (a list, other characters, another length) is a mismatch. */
export function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false
  const givenBytes = Buffer.from(given, 'utf8')
  const expectedBytes = Buffer.from(expected, 'utf8')
  return givenBytes.length === expectedBytes.length && timingSafeEqual(givenBytes, expectedBytes)
}

/** The size a request says its body has; unknown (chunked) counts as the largest allowed. */
function declaredLength(request: IncomingMessage): number {
  const header = request.headers['content-length']
  const length = header === undefined ? Number.NaN : Number(header)
  return Number.isSafeInteger(length) && length >= 0 ? length : MAX_BODY_BYTES
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  // A first screen that cannot be made (a damaged document, say) leaves the page as it was.
  const firstScreenOf = async (source: WebHostOptions['firstScreen'] | null): Promise<FirstScreen | null> => {
    try {
      return source ? await source() : null
    } catch (error) {
      options.onInternalError?.(error)
      return null
    }
  }
  // Read now, while the host waits for its first request: the page with a first screen is then
  // answered from memory.
  if (options.firstScreen) void appPageOf(options.rendererDir)
  const token = options.token ?? randomBytes(24).toString('hex')
  const bodies = new ByteBudget(options.bodyBudgetBytes ?? BODY_BUDGET_BYTES)
  let allowedHost = ''

  const handleApi = async (
    request: IncomingMessage,
    response: ServerResponse,
    method: string
  ): Promise<void> => {
    if (request.method !== 'POST')
      return sendJson(response, 405, fail('invalid-input', 'API calls use POST.'))
    if (!tokenMatches(token, request.headers[TOKEN_HEADER])) {
      return sendJson(
        response,
        401,
        fail(
          'unauthorized',
          'This page is missing the launch token. Open the address Claimcheck printed when it started.'
        )
      )
    }
    const declared = declaredLength(request)
    if (declared > MAX_BODY_BYTES) return sendJson(response, 413, tooLarge)
    const release = await bodies.reserve(declared)
    try {
      const body = await readBody(request)
      if (body === null) return sendJson(response, 413, tooLarge)
      let input: unknown
      try {
        input = body ? JSON.parse(body) : {}
      } catch {
        return sendJson(response, 400, fail('invalid-input', 'The request body is not valid JSON.'))
      }
      // Loaded with the services (the contract's schemas), not before the host answers.
      const [{ dispatch }, services] = await Promise.all([import('../../shared/dispatch'), options.services])
      sendJson(response, 200, await dispatch(services, method, input, options.onInternalError))
    } finally {
      release()
    }
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (request.headers.host !== allowedHost) {
      response.writeHead(421, securityHeaders).end('Misdirected request')
      return
    }
    const api = url.pathname.startsWith(API_ROUTE_PREFIX)
    options.onRequest?.(api ? 'api' : isAppPage(url.pathname) ? 'page' : 'file')
    if (api) {
      handleApi(request, response, url.pathname.slice(API_ROUTE_PREFIX.length)).catch((error: unknown) => {
        options.onInternalError?.(error)
        if (!response.headersSent)
          sendJson(response, 500, fail('internal', 'The browser host failed to answer.'))
      })
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, securityHeaders).end()
      return
    }
    const withScreen =
      options.firstScreen &&
      isAppPage(url.pathname) &&
      tokenMatches(token, url.searchParams.get('token') ?? '')
        ? options.firstScreen
        : null
    const file = withScreen
      ? appPageOf(options.rendererDir).then((read) => read?.page ?? null)
      : readStaticFile(options.rendererDir, url.pathname)
    Promise.all([file, firstScreenOf(withScreen)])
      .then(([found, screen]) => {
        if (!found) {
          response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain' }).end('Not found')
          return
        }
        return withFirstScreenPage(options.rendererDir, found, screen).then((file) => {
          response.writeHead(200, {
            ...securityHeaders,
            'Content-Security-Policy': file.contentSecurityPolicy,
            'Content-Type': file.contentType,
            // A page with the library's text in it is never kept.
            'Cache-Control': screen ? 'no-store' : 'no-cache'
          })
          response.end(request.method === 'HEAD' ? undefined : file.body)
        })
      })
      .catch((error: unknown) => {
        options.onInternalError?.(error)
        response.writeHead(500, securityHeaders).end()
      })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  allowedHost = `127.0.0.1:${port}`
  return {
    url: `http://${allowedHost}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

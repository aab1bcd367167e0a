/**
 * A real HTTP server on 127.0.0.1 (port 0) serving the test pages in test/fixtures/web, with the
 * ways a real site misbehaves: redirect chains and loops, an answer that never comes, a body that
 * stalls, 404 and 500, an image, an empty page and bodies over the import limit.
 */
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ArticleServer {
  /** The address of `path` on this server: `url('/story')`. */
  url: (path: string) => string
  /** Every request's path and User-Agent and Cookie headers, in order. */
  requests: Array<{ path: string; userAgent: string | undefined; cookie: string | undefined }>
  close: () => Promise<void>
}

const fixturePath = (name: string): URL => new URL(`../fixtures/web/${name}`, import.meta.url)

export const webFixture = (name: string): Promise<Buffer> => readFile(fixturePath(name))

/** A page body of `bytes` bytes of article HTML. */
function bigPage(bytes: number): Buffer {
  const paragraph = Buffer.from(
    '<p>The ferry ran 12 times a day in 2024. Fares rose by 5% in the spring.</p>\n'
  )
  return Buffer.concat(Array.from({ length: Math.ceil(bytes / paragraph.length) }, () => paragraph))
}

/** What /stalls sends before it stalls. */
export const STALLED_START = '<!doctype html><title>Stalled</title><p>The first words'

type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>

/** `extra` adds or replaces routes for one test. */
export async function startArticleServer(extra: Record<string, Route> = {}): Promise<ArticleServer> {
  const page =
    (name: string, contentType: string): Route =>
    async (_request, response) => {
      const body = await webFixture(name)
      response.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length }).end(body)
    }
  const redirect =
    (status: number, location: string): Route =>
    (_request, response) => {
      response.writeHead(status, { Location: location }).end()
    }
  const routes: Record<string, Route> = {
    '/story': page('moorland-wind.html', 'text/html; charset=utf-8'),
    '/cafe': page('cafe-du-marche-1252.html', 'text/html'),
    '/tarifs.txt': page('tarifs-eau-latin1.txt', 'text/plain; charset=ISO-8859-1'),
    '/notes': async (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/markdown' })
      response.end('# Reservoir levels\n\nThe reservoir is 64% full. It was 81% full a year ago.\n')
    },
    '/missing': (_request, response) =>
      void response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>'),
    '/broken': (_request, response) => void response.writeHead(500).end('Internal error'),
    '/photo.png': (_request, response) =>
      void response
        .writeHead(200, { 'Content-Type': 'image/png' })
        .end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    '/empty': (_request, response) => void response.writeHead(200, { 'Content-Type': 'text/html' }).end(''),
    '/menu': (_request, response) =>
      void response
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<!doctype html><title>Menu</title><nav><a href="/">Home</a></nav>'),
    // Never answers: the request waits until the client gives up.
    '/silent': () => {},
    // Answers, sends the start of the page, then stalls.
    '/stalls': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' })
      response.write(STALLED_START)
    },
    '/redirect-to-file': redirect(302, 'file:///etc/passwd'),
    '/sets-cookie': (_request, response) =>
      void response.writeHead(302, { 'Set-Cookie': 'session=s3cret; Path=/', Location: '/story' }).end(),
    '/loop-a': redirect(302, '/loop-b'),
    '/loop-b': redirect(301, '/loop-a'),
    // Sent with its true length: refused before a byte of the body is read.
    '/huge-declared': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': 60 * 1024 * 1024 })
      response.end()
    },
    // No length, just more and more: stopped while it streams.
    '/huge-streamed': async (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' })
      const chunk = bigPage(1024 * 1024)
      for (let sent = 0; sent < 60 && !response.destroyed; sent++) {
        if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve))
      }
      response.end()
    },
    ...extra
  }
  const requests: ArticleServer['requests'] = []
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost')
    requests.push({
      path: pathname,
      userAgent: request.headers['user-agent'],
      cookie: request.headers.cookie
    })
    // /hops/3 redirects to /hops/2 … /hops/0, which redirects to the story.
    const hops = /^\/hops\/(\d+)$/.exec(pathname)
    const route: Route | undefined = hops
      ? redirect(307, Number(hops[1]) > 0 ? `/hops/${Number(hops[1]) - 1}` : '/story')
      : routes[pathname]
    if (!route) return void response.writeHead(404).end()
    void Promise.resolve(route(request, response)).catch(() => response.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  contentSecurityPolicyAllowingStyles,
  metaContentSecurityPolicy
} from '../../shared/security/csp'
import { createServices } from '../services/create-services'
import { openStore, tempFolder } from '../../../test/support/temp-folder'
import { withFirstScreen } from '../first-screen/first-screen-source'
import { TOKEN_HEADER, startWebHost, tokenMatches, type WebHost } from './web-host'
import { inProcessArticleBuilder } from '../../../test/support/in-process-article-builder'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw HTTP request, so tests can send any Host header and path the browser would not. */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

let host: WebHost | null = null
afterEach(async () => {
  await host?.close()
  host = null
})

async function startHost(
  options: { article?: string; firstScreen?: boolean } = {}
): Promise<{ host: WebHost; origin: string }> {
  const folder = await tempFolder()
  const rendererDir = join(folder, 'renderer')
  await mkdir(rendererDir)
  await mkdir(join(rendererDir, 'assets'))
  await writeFile(join(rendererDir, 'assets', 'index-1a2b.css'), styleSheet)
  await writeFile(
    join(rendererDir, 'index.html'),
    [
      '<!doctype html><html lang="en"><head>',
      `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`,
      '<title>Claimcheck</title>',
      '<link rel="stylesheet" crossorigin href="./assets/index-1a2b.css">',
      '</head><body><div id="root"></div></body></html>'
    ].join('')
  )
  await writeFile(join(folder, 'secret.txt'), 'outside the renderer')
  const store = await openStore(join(folder, 'data'))
  const services = createServices({
    store,
    platform: { kind: 'browser' },
    version: 't',
    articleBuilder: inProcessArticleBuilder
  })
  if (options.article) await services.importFile({ fileName: 'article.txt', text: options.article })
  const screen = withFirstScreen(services)
  host = await startWebHost({
    services: screen.services,
    rendererDir,
    ...(options.firstScreen ? { firstScreen: screen.firstScreen } : {})
  })
  return { host, origin: new URL(host.url).origin }
}

/** The app's style sheet in these tests; `$&` must stay text when it goes inline. */
const styleSheet = '.claim { text-decoration: underline dotted; } .price::after { content: "$&"; }'

const hostileArticle = [
  'Budget </title><script>alert(1)</script> & "$&" Vote',
  'The council approved <img src=x onerror=alert(2)> 4.2 million dollars. It met on Tuesday.'
].join('\n\n')

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL that carries the token', async () => {
    const { host } = await startHost()
    const url = new URL(host.url)
    expect(url.hostname).toBe('127.0.0.1')
    expect(url.searchParams.get('token')).toBe(host.token)
    expect(host.token).toMatch(/^[0-9a-f]{48}$/)
  })

  it('serves the app with the strict Content-Security-Policy', async () => {
    const { origin } = await startHost()
    const reply = await send(`${origin}/`)
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('<title>Claimcheck</title>')
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy)
  })

  it('answers API calls that carry the token', async () => {
    const { host, origin } = await startHost()
    const reply = await send(`${origin}/api/listDocuments`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
      body: '{}'
    })
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] })
  })

  it('refuses API calls without the right token', async () => {
    const { origin } = await startHost()
    for (const headers of [{}, { [TOKEN_HEADER]: 'f'.repeat(48) }] as Record<string, string>[]) {
      const reply = await send(`${origin}/api/listDocuments`, { method: 'POST', headers, body: '{}' })
      expect(reply.status).toBe(401)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    }
  })

  it('refuses, rather than fails on, a token of the right length in other characters', async () => {
    const { host, origin } = await startHost()
    const lookalike = 'é'.repeat(host.token.length)
    expect(tokenMatches(host.token, lookalike)).toBe(false)
    expect(tokenMatches(host.token, [host.token])).toBe(false)
    const reply = await send(`${origin}/api/listDocuments`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: Buffer.from(lookalike, 'latin1').toString('latin1') },
      body: '{}'
    })
    expect(reply.status).toBe(401)
  })

  it('refuses a body declared larger than the limit before reading it', async () => {
    const { host, origin } = await startHost()
    const reply = await send(`${origin}/api/listDocuments`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token, 'content-length': String(73 * 1024 * 1024) },
      body: ''
    })
    expect(reply.status).toBe(413)
  })

  it('refuses requests naming another host, as a DNS-rebinding page would', async () => {
    const { host, origin } = await startHost()
    const reply = await send(`${origin}/api/listDocuments`, {
      method: 'POST',
      headers: { host: 'attacker.example:80', [TOKEN_HEADER]: host.token },
      body: '{}'
    })
    expect(reply.status).toBe(421)
  })

  it('answers a body that is not JSON with a readable error', async () => {
    const { host, origin } = await startHost()
    const reply = await send(`${origin}/api/listDocuments`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token },
      body: '{nope'
    })
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'The request body is not valid JSON.' }
    })
  })

  it('never serves files outside the renderer folder', async () => {
    const { origin } = await startHost()
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(`${origin}${path}`)
      expect(reply.status).toBe(404)
      expect(reply.body).not.toContain('outside the renderer')
    }
  })

  it('puts the first screen, hostile text escaped, into the page asked for with the token', async () => {
    const { host, origin } = await startHost({ article: hostileArticle, firstScreen: true })
    const reply = await send(`${origin}/?token=${host.token}`)
    expect(reply.status).toBe(200)
    expect(reply.headers['cache-control']).toBe('no-store')
    // The style sheet is inline, so the first screen paints from this one answer; the policy lets
    // in that style element by its digest, and no other inline style or script.
    const digest = createHash('sha256').update(styleSheet).digest('base64')
    const policy = contentSecurityPolicyAllowingStyles([digest])
    expect(reply.headers['content-security-policy']).toBe(policy.header)
    expect(policy.header).toBe(
      contentSecurityPolicy.replace("style-src 'self'", `style-src 'self' 'sha256-${digest}'`)
    )
    expect(reply.body).toContain(`<style>${styleSheet}</style>`)
    expect(reply.body).toContain(`content="${policy.meta}"`)
    expect(reply.body).not.toContain('rel="stylesheet"')
    const body = reply.body.slice(reply.body.indexOf('<body>'))
    expect(body).toContain('<div id="first-screen"')
    expect(body).toContain('data-claim-id=')
    expect(body).toContain(
      'Budget &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;$&amp;&quot; Vote'
    )
    expect(body).toContain('&lt;img src=x onerror=alert(2)&gt;')
    expect(reply.body).not.toMatch(/<script>|<img/)
  })

  it('keeps the first screen from a request without the token: it holds the library', async () => {
    const { origin } = await startHost({ article: hostileArticle, firstScreen: true })
    for (const path of ['/', '/index.html', `/?token=${'f'.repeat(48)}`]) {
      const reply = await send(`${origin}${path}`)
      expect(reply.status).toBe(200)
      expect(reply.body).not.toContain('first-screen')
      expect(reply.body).not.toContain('council')
      expect(reply.headers['cache-control']).toBe('no-cache')
      expect(reply.body).toContain('<link rel="stylesheet" crossorigin href="./assets/index-1a2b.css">')
      expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy)
    }
  })

  it('answers API calls while its services are still starting, once they are up', async () => {
    let up = (_services: never): void => {}
    const folder = await tempFolder()
    const store = await openStore(join(folder, 'data'))
    const services = createServices({
      store,
      platform: { kind: 'browser' },
      version: 't',
      articleBuilder: inProcessArticleBuilder
    })
    host = await startWebHost({
      services: new Promise((resolve) => (up = resolve as never)),
      rendererDir: join(folder, 'renderer')
    })
    const asked = send(`${new URL(host.url).origin}/api/listDocuments`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token },
      body: '{}'
    })
    up(services as never)
    expect(JSON.parse((await asked).body)).toEqual({ ok: true, value: [] })
  })
})

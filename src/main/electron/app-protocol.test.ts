import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '../../shared/security/csp'
import { tempFolder } from '../../../test/support/temp-folder'
import type { FirstScreen } from '../../shared/first-screen/first-screen-page'
import { APP_SCHEME, serveRenderer } from './app-protocol'

vi.mock('electron', () => ({}))

type Handler = (request: Request) => Promise<Response>

const screen: FirstScreen = {
  documentId: 'doc-1',
  html: '<div id="first-screen" class="first-screen"><h1 class="article-title">Opening</h1></div>',
  settings: { theme: 'dark', fontSize: 22, measure: 'wide' }
}

async function servedFrom(firstScreen?: () => Promise<FirstScreen | null>): Promise<Handler> {
  const folder = await tempFolder()
  const rendererDir = join(folder, 'renderer')
  await mkdir(rendererDir)
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><html lang="en"><head><title>Claimcheck</title></head><body><div id="root"></div></body></html>'
  )
  await writeFile(join(rendererDir, 'app.js'), '<body>')
  await writeFile(join(folder, 'private.json'), '{"secret":true}')
  let handler: Handler | null = null
  serveRenderer(
    { handle: (scheme: string, fn: Handler) => void (scheme === APP_SCHEME && (handler = fn)) } as never,
    rendererDir,
    firstScreen
  )
  if (!handler) throw new Error('serveRenderer did not register the app scheme')
  return handler
}

describe('the claimcheck:// app protocol', () => {
  it('serves the bundled renderer with the CSP on every response', async () => {
    const handle = await servedFrom()
    const response = await handle(new Request('claimcheck://app/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(await response.text()).toContain('<title>Claimcheck</title>')
  })

  it('serves nothing outside the renderer folder or for another host', async () => {
    const handle = await servedFrom()
    for (const url of [
      'claimcheck://app/../private.json',
      'claimcheck://app/%2e%2e/private.json',
      'claimcheck://other/index.html'
    ]) {
      const response = await handle(new Request(url))
      expect(response.status).toBe(404)
    }
  })

  it('puts the first screen into the app’s page, and only there', async () => {
    const handle = await servedFrom(async () => screen)
    const page = await (await handle(new Request('claimcheck://app/index.html'))).text()
    expect(page).toContain('<h1 class="article-title">Opening</h1>')
    expect(page).toMatch(/<html[^>]* data-theme="dark" data-reading-size="22" data-reading-measure="wide">/)
    expect(page.indexOf('id="first-screen"')).toBeLessThan(page.indexOf('id="root"'))
    expect(await (await handle(new Request('claimcheck://app/app.js'))).text()).toBe('<body>')
  })

  it('serves the page as built when there is no first screen or it cannot be made', async () => {
    for (const source of [async () => null, () => Promise.reject(new Error('The document is damaged.'))]) {
      const handle = await servedFrom(source)
      const response = await handle(new Request('claimcheck://app/index.html'))
      expect(response.status).toBe(200)
      expect(await response.text()).not.toContain('first-screen')
    }
  })
})

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '../../shared/security/csp'
import { tempFolder } from '../../../test/support/temp-folder'
import { APP_SCHEME, serveRenderer } from './app-protocol'

vi.mock('electron', () => ({}))

type Handler = (request: Request) => Promise<Response>

async function servedFrom(): Promise<Handler> {
  const folder = await tempFolder()
  const rendererDir = join(folder, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Claimcheck</title>')
  await writeFile(join(folder, 'private.json'), '{"secret":true}')
  let handler: Handler | null = null
  serveRenderer(
    { handle: (scheme: string, fn: Handler) => void (scheme === APP_SCHEME && (handler = fn)) } as never,
    rendererDir
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
})

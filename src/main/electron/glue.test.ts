/**
 * The Electron glue under Node: the `electron` module is replaced by recording doubles, since its
 * runtime is not available in unit tests; what is tested is our wiring, not Electron.
 */
import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { methodNames, type Services } from '../../shared/contract'
import { hardenWebContents, denyAllPermissions } from './harden'
import { ipcChannel } from '../../shared/wire'
import { bindApi } from './ipc'

vi.mock('electron', () => ({}))

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>

function recordingIpc() {
  const handlers = new Map<string, Handler>()
  return {
    handlers,
    ipcMain: { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) }
  }
}

const fromUrl = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent
const isAppUrl = (url: string) => url.startsWith('claimcheck://app/')

describe('bindApi', () => {
  const services = { listDocuments: async () => [] } as unknown as Services

  it('binds one channel per contract method', () => {
    const { handlers, ipcMain } = recordingIpc()
    bindApi(ipcMain, services, isAppUrl)
    expect([...handlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort())
  })

  it('answers the app window through the validated dispatcher', async () => {
    const { handlers, ipcMain } = recordingIpc()
    bindApi(ipcMain, services, isAppUrl)
    const handler = handlers.get('api:listDocuments')
    expect(await handler?.(fromUrl('claimcheck://app/index.html'), {})).toEqual({ ok: true, value: [] })
    expect(await handler?.(fromUrl('claimcheck://app/index.html'), { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
  })

  it('refuses calls from any other frame', async () => {
    const { handlers, ipcMain } = recordingIpc()
    bindApi(ipcMain, services, isAppUrl)
    const reply = await handlers.get('api:listDocuments')?.(fromUrl('https://evil.example/'), {})
    expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
  })
})

describe('hardenWebContents', () => {
  function recordingContents() {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>()
    let openHandler: ((details: { url: string }) => { action: string }) | null = null
    const contents = {
      on: (name: string, listener: (event: { preventDefault: () => void }, url: string) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler)
    } as unknown as WebContents
    return { contents, listeners, open: (url: string) => openHandler?.({ url }) }
  }

  it('cancels navigation away from the app and allows it within', () => {
    const { contents, listeners } = recordingContents()
    hardenWebContents(contents, { openExternal: async () => {} }, isAppUrl)
    const away = { preventDefault: vi.fn() }
    listeners.get('will-navigate')?.(away, 'https://evil.example/')
    expect(away.preventDefault).toHaveBeenCalled()
    const within = { preventDefault: vi.fn() }
    listeners.get('will-navigate')?.(within, 'claimcheck://app/index.html')
    expect(within.preventDefault).not.toHaveBeenCalled()
  })

  it('denies every new window and sends only http(s) links to the system browser', () => {
    const opened: string[] = []
    const { contents, open } = recordingContents()
    hardenWebContents(contents, { openExternal: async (url: string) => void opened.push(url) }, isAppUrl)
    expect(open('https://example.org/')).toEqual({ action: 'deny' })
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://example.org/'])
  })
})

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    type RequestHandler = (c: unknown, p: string, callback: (granted: boolean) => void) => void
    const handlers: { request?: RequestHandler; check?: () => boolean } = {}
    denyAllPermissions({
      setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: () => boolean) => (handlers.check = handler)
    } as never)
    const granted: boolean[] = []
    handlers.request?.(null, 'media', (value: boolean) => granted.push(value))
    expect(granted).toEqual([false])
    expect(handlers.check?.()).toBe(false)
  })
})

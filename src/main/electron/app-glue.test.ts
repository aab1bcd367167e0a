/**
 * The app's entry (`src/main/index.ts`) under Node, with the `electron` module replaced by
 * recording doubles: a file on the command line waits until the page listens, then goes to the
 * window's Import; the menu is installed and its items reach the window; the window's state is
 * written when it closes and quitting waits for it. What is tested is our wiring, not Electron.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { inProcessArticleBuilder } from '../../../test/support/in-process-article-builder'
import { inThreadClaimIndex } from '../matching/reviewed-claim-index'
import { readWindowState } from './window-state'

type Listener = (...args: unknown[]) => unknown
type Item = { label?: string; click?: () => void; submenu?: Item[] }

const h = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>()
  const ipcListeners = new Map<string, Listener>()
  const ipcHandlers = new Map<string, Listener>()
  const sent: [string, unknown][] = []
  const menus: Item[][] = []
  const recent: string[] = []
  const quits: number[] = []
  const opened: string[] = []
  const copied: string[] = []
  class FakeWindow {
    static all: FakeWindow[] = []
    static getAllWindows = () => FakeWindow.all
    static getFocusedWindow = () => FakeWindow.all[0] ?? null
    readonly events = new Map<string, Listener>()
    readonly webContents = {
      send: (channel: string, value: unknown) => void sent.push([channel, value]),
      on: () => {},
      session: {}
    }
    constructor(readonly options: Record<string, unknown>) {
      FakeWindow.all.push(this)
    }
    once(name: string, listener: Listener) {
      this.events.set(name, listener)
    }
    on(name: string, listener: Listener) {
      this.events.set(name, listener)
    }
    loadURL = async () => {}
    getNormalBounds = () => ({ x: 40, y: 60, width: 900, height: 700 })
    isMaximized = () => true
    isFullScreen = () => false
  }
  return { appListeners, ipcListeners, ipcHandlers, sent, menus, recent, quits, opened, copied, FakeWindow }
})

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: () => true,
    whenReady: async () => {},
    on: (name: string, listener: Listener) =>
      void h.appListeners.set(name, [...(h.appListeners.get(name) ?? []), listener]),
    getPath: () => tmpdir(),
    isPackaged: false,
    getVersion: () => '0.0.0-test',
    name: 'Claimcheck',
    addRecentDocument: (path: string) => void h.recent.push(path),
    clearRecentDocuments: () => {},
    quit: () => void h.quits.push(Date.now()),
    exit: () => {}
  },
  BrowserWindow: h.FakeWindow,
  dialog: {
    showErrorBox: (title: string, message: string) => console.error(title, message),
    // Help ▸ About: the user presses Copy (the first button).
    showMessageBox: async (...args: unknown[]) => ({
      response: (args.at(-1) as { buttons: string[] }).buttons.indexOf('Copy')
    })
  },
  clipboard: { writeText: (text: string) => void h.copied.push(text) },
  ipcMain: {
    handle: (channel: string, handler: Listener) => void h.ipcHandlers.set(channel, handler),
    on: (channel: string, listener: Listener) => void h.ipcListeners.set(channel, listener)
  },
  Menu: {
    buildFromTemplate: (template: Item[]) => ({ template, popup: () => {} }),
    setApplicationMenu: (menu: { template: Item[] }) => void h.menus.push(menu.template)
  },
  nativeTheme: { shouldUseDarkColors: false },
  protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
  screen: {
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    getAllDisplays: () => []
  },
  session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
  // No keychain here: the desk's vault keeps the password in memory only.
  safeStorage: {
    isEncryptionAvailable: () => false,
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (bytes: Buffer) => bytes.toString()
  },
  shell: { openExternal: async () => {}, openPath: async (path: string) => (h.opened.push(path), '') }
}))
vi.mock('electron-updater', async () => {
  const { EventEmitter } = await import('node:events')
  return {
    default: {
      autoUpdater: Object.assign(new EventEmitter(), { checkForUpdates: vi.fn(), quitAndInstall: vi.fn() })
    }
  }
})
vi.mock('../import/built-import-worker', () => ({ builtWorkerArticleBuilder: () => inProcessArticleBuilder }))
vi.mock('../matching/built-claim-index-worker', () => ({ builtWorkerClaimIndex: () => inThreadClaimIndex }))

const argv = process.argv
const env = process.env['CLAIMCHECK_DATA_DIR']
afterAll(() => {
  process.argv = argv
  if (env === undefined) delete process.env['CLAIMCHECK_DATA_DIR']
  else process.env['CLAIMCHECK_DATA_DIR'] = env
})

function menuItem(path: string[]): Item | undefined {
  let items = h.menus.at(-1) ?? []
  let found: Item | undefined
  for (const label of path) {
    found = items.find((item) => item.label?.replace('&', '') === label)
    items = found?.submenu ?? []
  }
  return found
}

describe('the Electron entry, wired to doubles', () => {
  it('holds a launch file until the page listens, then sends it to Import; menu and window state work', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'claimcheck-glue-'))
    const dataDir = join(folder, 'data')
    const file = join(folder, 'rivers.md')
    await writeFile(file, '# Rivers of the North\n\nThe river rose by 3 metres in 2024.\n')
    process.env['CLAIMCHECK_DATA_DIR'] = dataDir
    process.argv = ['/opt/Claimcheck/claimcheck', file]

    await import('../index')
    await vi.waitFor(() => expect(h.FakeWindow.all).toHaveLength(1), { timeout: 20_000 })
    const window = h.FakeWindow.all[0]!
    expect(window.options).toMatchObject({ width: 1280, height: 860 })
    expect((window.options['webPreferences'] as object) ?? {}).toMatchObject({
      sandbox: true,
      spellcheck: true
    })
    expect(h.sent).toEqual([])

    // A frame from elsewhere cannot claim to be the page.
    h.ipcListeners.get('menu:ready')?.({ senderFrame: { url: 'https://evil.example/' } })
    h.ipcListeners.get('menu:ready')?.({ senderFrame: { url: 'claimcheck://app/index.html' } })
    await vi.waitFor(() => expect(h.sent).toEqual([['menu:command', { kind: 'import' }]]), {
      timeout: 20_000
    })
    expect(h.recent).toEqual([file])
    // The window's Import then gets the file from main instead of an open dialog.
    const page = { senderFrame: { url: 'claimcheck://app/index.html' } }
    expect(await h.ipcHandlers.get('api:importFromDialog')?.(page, {})).toMatchObject({
      ok: true,
      value: { status: 'imported', entry: { title: 'Rivers of the North' } }
    })

    menuItem(['File', 'Export', 'Spreadsheet (.csv)'])?.click?.()
    menuItem(['Review', 'Mark Verified'])?.click?.()
    await vi.waitFor(() => expect(h.sent).toHaveLength(3))
    expect(h.sent.slice(1)).toEqual([
      ['menu:command', { kind: 'export', format: 'csv' }],
      ['menu:command', { kind: 'review', action: 'verified' }]
    ])

    // Help ▸ Open Logs opens the data folder's logs, where the start was written.
    menuItem(['Help', 'Open Logs'])?.click?.()
    expect(h.opened).toEqual([join(dataDir, 'logs')])
    expect(readFileSync(join(dataDir, 'logs', 'claimcheck.log'), 'utf8')).toMatch(
      /INFO app\.started version="0\.0\.0-test" .* packaged=false/
    )
    // Help ▸ About names the version and the data folder, and Copy puts them on the clipboard.
    menuItem(['Help', 'About Claimcheck'])?.click?.()
    await vi.waitFor(() => expect(h.copied).toHaveLength(1))
    expect(h.copied[0]).toContain('0.0.0-test')
    expect(h.copied[0]).toContain(dataDir)
    // Run from source, the app does not update itself, and says why.
    expect(await h.ipcHandlers.get('api:getUpdateStatus')?.(page, {})).toMatchObject({
      ok: true,
      value: { phase: 'unavailable', reason: expect.stringMatching(/runs from source/) }
    })

    window.events.get('close')?.()
    const quitEvent = { preventDefault: vi.fn() }
    for (const listener of h.appListeners.get('will-quit') ?? []) listener(quitEvent)
    expect(quitEvent.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(h.quits).toHaveLength(1))
    expect(await readWindowState(dataDir)).toEqual({
      x: 40,
      y: 60,
      width: 900,
      height: 700,
      maximized: true,
      fullScreen: false
    })
    // The second will-quit (after the write) releases the data folder instead of waiting again.
    const second = { preventDefault: vi.fn() }
    for (const listener of h.appListeners.get('will-quit') ?? []) listener(second)
    expect(second.preventDefault).not.toHaveBeenCalled()
  })
})

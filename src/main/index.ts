/**
 * The Electron app: one secure window over the bundled renderer, the services bound to IPC.
 * Kept thin: everything it wires is tested under Node.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  safeStorage,
  screen,
  session,
  shell
} from 'electron'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  boot,
  builtWorkerArticleBuilder,
  builtWorkerClaimIndex,
  keepFirstScreen,
  openAppLog,
  withFirstScreen,
  resolveDataDir,
  type AppLog
} from './core'
import type { FirstScreenServices } from './core'
import { APP_ORIGIN, appSchemePrivileges, serveRenderer } from './electron/app-protocol'
import { rendererDevServerUrl } from './electron/dev-server'
import { denyAllPermissions, hardenWebContents } from './electron/harden'
import { bindApi } from './electron/ipc'
import { toElectronTemplate } from './electron/application-menu'
import { attachContextMenu } from './electron/window-context-menu'
import { logAppEvents } from './electron/app-log-events'
import { buildMenuTemplate, type MainAction } from './electron/menu-template'
import { OpenedFileQueue, filesInArgv } from './electron/open-files'
import { openFromOs } from './electron/open-from-os'
import { RecentDocuments } from './electron/recent-documents'
import { placeWindow, readWindowState, writeWindowState } from './electron/window-state'
import { MENU_COMMAND_CHANNEL, MENU_READY_CHANNEL, type MenuCommand } from '../shared/menu-commands'
import type { Services } from '../shared/contract'
import { openLogs, showAbout, type HelpContext } from './electron/help-actions'
import { nativeDialogs } from './electron/native-dialogs'
import { startAutoUpdates, type AutoUpdates } from './electron/auto-update'
import { safeStorageVault } from './electron/desk-vault'

const outDir = fileURLToPath(new URL('../', import.meta.url))
const devServerUrl = rendererDevServerUrl(app.isPackaged, process.env)

const isAppUrl = (url: string): boolean =>
  url.startsWith(`${APP_ORIGIN}/`) || (devServerUrl !== undefined && url.startsWith(devServerUrl))

protocol.registerSchemesAsPrivileged([appSchemePrivileges])

// Files from the OS: on the command line now, and (macOS) through open-file, even before ready.
const openedFiles = new OpenedFileQueue((path, error) =>
  dialog.showErrorBox(
    `“${basename(path)}” could not be opened`,
    error instanceof Error ? error.message : String(error)
  )
)
openedFiles.add(filesInArgv(process.argv, process.cwd()))
app.on('open-file', (event, path) => {
  event.preventDefault()
  openedFiles.add([path])
  if (started && BrowserWindow.getAllWindows().length === 0) void createWindow()
})

let dataDir = ''
let log: AppLog | null = null
let updates: AutoUpdates | null = null
/** Set once the services are bound: only then may a file from the OS open a new window. */
let started = false
let windowStateWrite: Promise<void> | null = null

async function createWindow(): Promise<BrowserWindow> {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
    (display) => display.workArea
  )
  const placement = placeWindow(await readWindowState(dataDir), workAreas, { width: 1280, height: 860 })
  const window = new BrowserWindow({
    ...(placement.x === undefined ? {} : { x: placement.x, y: placement.y }),
    width: placement.width,
    height: placement.height,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Claimcheck',
    // The page's own background, so the window never flashes white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#171614' : '#fbfaf7',
    webPreferences: {
      preload: join(outDir, 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true
    }
  })
  attachContextMenu(window, isAppUrl)
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize()
    if (placement.fullScreen) window.setFullScreen(true)
    window.show()
  })
  window.on('close', () => {
    const state = {
      ...window.getNormalBounds(),
      maximized: window.isMaximized(),
      fullScreen: window.isFullScreen()
    }
    windowStateWrite = writeWindowState(dataDir, state).catch((error: unknown) => console.error(error))
  })
  window.on('closed', () => {
    if (BrowserWindow.getAllWindows().length === 0) openedFiles.pause()
  })
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return window
}

/** The window a menu command is for: the focused one, else the first; a new one if none (macOS). */
async function commandWindow(): Promise<BrowserWindow> {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? (await createWindow())
}

function sendCommand(command: MenuCommand): void {
  void commandWindow().then((window) => window.webContents.send(MENU_COMMAND_CHANNEL, command))
}

/** What Help ▸ About and Help ▸ Open Logs show. */
function helpContext(): HelpContext {
  return {
    dataDir,
    logsDir: log?.folder ?? join(dataDir, 'logs'),
    updates: updates?.controller.status() ?? { phase: 'unavailable', reason: 'Not started.' }
  }
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  // Windows ties the jump list (recent documents) and the taskbar to the installer's app id.
  if (process.platform === 'win32') app.setAppUserModelId('org.claimcheck.app')
  await app.whenReady()
  denyAllPermissions(session.defaultSession)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell, isAppUrl))
  // The window's page carries the article's opening once the services can tell it (first-screen).
  let firstScreen: FirstScreenServices['firstScreen'] = async () => null
  serveRenderer(protocol, join(outDir, 'renderer'), () => firstScreen())

  dataDir = resolveDataDir(app.getPath('userData'))
  const appLog = openAppLog(dataDir)
  log = appLog
  logAppEvents(appLog)
  // Checks the release feed shortly after start and daily; installs only when the user says so
  // (or when the app quits), after the app's writes have landed.
  const autoUpdates = startAutoUpdates({
    dataDir,
    packaged: app.isPackaged,
    log: appLog,
    beforeInstall: () => Promise.all([windowStateWrite, booted.store.flush()])
  })
  updates = autoUpdates
  const articleBuilder = builtWorkerArticleBuilder(import.meta.url)
  // Paths from the OS, taken by the next import in turn instead of showing the open dialog.
  const offeredPaths: string[] = []
  const booted = await boot({
    dataDir,
    resourcesDir: app.isPackaged ? process.resourcesPath : join(outDir, '..', 'resources'),
    version: app.getVersion(),
    articleBuilder,
    claimIndex: builtWorkerClaimIndex(import.meta.url),
    // The desk's password, sealed by the OS (memory only where safeStorage cannot seal).
    deskVault: safeStorageVault(safeStorage, join(dataDir, 'desk', 'credentials.bin')),
    platform: {
      kind: 'electron',
      updates: autoUpdates.controller,
      openExternal: (url) => shell.openExternal(url),
      ...nativeDialogs(offeredPaths)
    }
  })
  const { store, release } = booted
  const withScreen = withFirstScreen(booted.services)
  firstScreen = withScreen.firstScreen

  // The window state is written on close, the library index after changes; quitting waits for
  // both, then releases the data folder.
  let quitting = false
  app.on('will-quit', (event) => {
    if (!quitting) {
      quitting = true
      event.preventDefault()
      // The first screen is read before the store's last write and kept after it, for the next
      // start of either host (the browser host serves it before it has loaded the store).
      const keptScreen = firstScreen()
        .catch(() => null)
        .then(async (screen) => {
          await store.flush()
          await keepFirstScreen(dataDir, screen)
        })
      void Promise.all([windowStateWrite, keptScreen]).finally(() => app.quit())
      return
    }
    release()
  })

  // Open Recent follows the documents the window opens.
  const recent = new RecentDocuments(
    store.index.documents.slice(0, 10).map((entry) => ({ documentId: entry.id, title: entry.title }))
  )
  const updateMenu = () => {
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: app.name,
      recent: recent.current(store.index.documents)
    })
    const runMainAction = (action: MainAction) => {
      if (action === 'open-data-folder') void shell.openPath(dataDir)
      if (action === 'about') void showAbout(helpContext())
      if (action === 'open-logs') openLogs(helpContext().logsDir)
      if (action === 'clear-recent') {
        recent.clear()
        app.clearRecentDocuments()
        updateMenu()
      }
    }
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        toElectronTemplate(template, { sendCommand, runMainAction }) as Electron.MenuItemConstructorOptions[]
      )
    )
  }
  const services: Services = {
    ...withScreen.services,
    openDocument: async (input) => {
      const document = await withScreen.services.openDocument(input)
      if (recent.opened({ documentId: document.id, title: document.title })) updateMenu()
      return document
    }
  }
  updateMenu()
  bindApi(ipcMain, services, isAppUrl, (error) => {
    console.error(error)
    appLog.error('api.failed', error)
  })

  const openDeps = {
    store,
    services,
    articleBuilder,
    offerToImport: (path: string) => void offeredPaths.push(path),
    send: sendCommand,
    addRecentDocument: (path: string) => app.addRecentDocument(path)
  }
  // The page says when it listens; files waiting since launch go to it then.
  ipcMain.on(MENU_READY_CHANNEL, (event) => {
    if (isAppUrl(event.senderFrame?.url ?? '')) openedFiles.ready((path) => openFromOs(path, openDeps))
  })

  await createWindow()
  started = true
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
    openedFiles.add(filesInArgv(argv, workingDirectory))
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

start().catch((error: unknown) => {
  log?.error('app.start-failed', error)
  dialog.showErrorBox('Claimcheck could not start', error instanceof Error ? error.message : String(error))
  app.exit(1)
})

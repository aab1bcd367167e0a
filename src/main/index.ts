/**
 * The Electron app: one secure window over the bundled renderer, the services bound to IPC.
 * Kept thin: everything it wires is tested under Node.
 */
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, protocol, session, shell } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { boot, resolveDataDir } from './boot'
import { APP_ORIGIN, appSchemePrivileges, serveRenderer } from './electron/app-protocol'
import { rendererDevServerUrl } from './electron/dev-server'
import { denyAllPermissions, hardenWebContents } from './electron/harden'
import { bindApi } from './electron/ipc'
import { builtWorkerArticleBuilder } from './import/built-import-worker'

const outDir = fileURLToPath(new URL('../', import.meta.url))
const devServerUrl = rendererDevServerUrl(app.isPackaged, process.env)

const isAppUrl = (url: string): boolean =>
  url.startsWith(`${APP_ORIGIN}/`) || (devServerUrl !== undefined && url.startsWith(devServerUrl))

protocol.registerSchemesAsPrivileged([appSchemePrivileges])

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
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
      webviewTag: false
    }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return window
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  await app.whenReady()
  denyAllPermissions(session.defaultSession)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell, isAppUrl))
  serveRenderer(protocol, join(outDir, 'renderer'))

  const { services, release } = await boot({
    dataDir: resolveDataDir(app.getPath('userData')),
    resourcesDir: app.isPackaged ? process.resourcesPath : join(outDir, '..', 'resources'),
    version: app.getVersion(),
    articleBuilder: builtWorkerArticleBuilder(import.meta.url),
    platform: {
      kind: 'electron',
      chooseSavePath: async (suggestedName) => {
        const focused = BrowserWindow.getFocusedWindow()
        const options = { defaultPath: join(app.getPath('documents'), suggestedName) }
        const result = focused
          ? await dialog.showSaveDialog(focused, options)
          : await dialog.showSaveDialog(options)
        return result.canceled || !result.filePath ? null : result.filePath
      },
      openExternal: (url) => shell.openExternal(url),
      chooseFolder: async () => {
        const focused = BrowserWindow.getFocusedWindow()
        const options: Electron.OpenDialogOptions = {
          title: 'Export into folder',
          defaultPath: app.getPath('documents'),
          properties: ['openDirectory', 'createDirectory']
        }
        const result = focused
          ? await dialog.showOpenDialog(focused, options)
          : await dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
      chooseImportFile: async () => {
        const focused = BrowserWindow.getFocusedWindow()
        const options: Electron.OpenDialogOptions = {
          properties: ['openFile'],
          filters: [
            { name: 'Articles', extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml'] }
          ]
        }
        const result = focused
          ? await dialog.showOpenDialog(focused, options)
          : await dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      }
    }
  })
  app.on('will-quit', release)
  bindApi(ipcMain, services, isAppUrl, (error) => console.error(error))

  createWindow()
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

start().catch((error: unknown) => {
  dialog.showErrorBox('Claimcheck could not start', error instanceof Error ? error.message : String(error))
  app.exit(1)
})

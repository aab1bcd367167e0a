/**
 * Playwright fixtures every journey starts from: `host`, the browser host on a fresh temp data
 * folder (stopped after the test), and `ws`, the workspace opened on the sample article. Tests that
 * need a data folder of their own get `dataDir` (removed after the test) and start hosts or the
 * desktop app on it with `startHost` and `startDesktop`; whatever they started is stopped after.
 */
import { rm } from 'node:fs/promises'
import { test as base } from '@playwright/test'
import {
  newDataDir,
  startBrowserHost,
  startElectronApp,
  type BrowserHost,
  type DesktopApp,
  type HostOptions
} from './app'
import { WorkspacePage } from './workspace-page'

interface Fixtures {
  host: BrowserHost
  ws: WorkspacePage
  dataDir: string
  startHost: (options?: HostOptions) => Promise<BrowserHost>
  startDesktop: () => Promise<DesktopApp>
}

export const test = base.extend<Fixtures>({
  // Playwright reads the fixtures a fixture needs from its first parameter's destructuring.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startBrowserHost()
    await use(host)
    await host.stop()
  },
  ws: async ({ page, host }, use) => {
    const ws = new WorkspacePage(page)
    await ws.open(host.url)
    await use(ws)
  },
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dataDir = await newDataDir()
    await use(dataDir)
    await rm(dataDir, { recursive: true, force: true })
  },
  startHost: async ({ dataDir }, use) => {
    const started: BrowserHost[] = []
    await use(async (options) => {
      const host = await startBrowserHost(dataDir, options)
      started.push(host)
      return host
    })
    for (const host of started) await host.stop()
  },
  startDesktop: async ({ dataDir }, use) => {
    const started: DesktopApp[] = []
    await use(async () => {
      const desktop = await startElectronApp(dataDir)
      started.push(desktop)
      return desktop
    })
    for (const desktop of started) await desktop.stop()
  }
})

export { expect } from '@playwright/test'

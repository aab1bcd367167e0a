/**
 * Playwright fixtures every journey starts from: `host`, the browser host on a fresh temp data
 * folder (stopped after the test), and `ws`, the workspace opened on the sample article.
 */
import { test as base } from '@playwright/test'
import { startBrowserHost, type BrowserHost } from './app'
import { WorkspacePage } from './workspace-page'

export const test = base.extend<{ host: BrowserHost; ws: WorkspacePage }>({
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
  }
})

export { expect } from '@playwright/test'

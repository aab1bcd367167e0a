import { chromium } from '@playwright/test'
import { startBrowserHost } from './e2e/app'
import { chromiumLaunchOptions } from './e2e/chromium'
import { generatedArticle } from './bench/lib/generated-article'

const host = await startBrowserHost()
const browser = await chromium.launch(chromiumLaunchOptions)
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [1280, 800]) {
      const page = await browser.newPage({ viewport: { width, height: 860 }, colorScheme })
      await page.goto(host.url)
      await page.getByRole('heading', { level: 1 }).waitFor()
      if (colorScheme === 'light' && width === 1280) {
        await page.evaluate(async (body) => {
          const token = sessionStorage.getItem('claimcheck.token') ?? ''
          const headers = { 'Content-Type': 'application/json', 'X-Claimcheck-Token': token }
          const r = await (await fetch('/api/importFile', { method: 'POST', headers, body: JSON.stringify({ fileName: 'long.txt', text: body }) })).json()
          await fetch('/api/openDocument', { method: 'POST', headers, body: JSON.stringify({ documentId: r.value.entry.id }) })
        }, generatedArticle(50_000))
        await page.reload()
      }
      await page.getByRole('heading', { level: 1, name: 'A Very Long Report On Municipal Budgets' }).waitFor()
      await page.locator('.claim--worthy').first().waitFor()
      if (colorScheme === 'light' && width === 1280) {
        await page.locator('[data-claim-id="c3"]').click()
        await page.getByRole('button', { name: 'Verified' }).first().click()
        await page.locator('.save-state--saved').waitFor()
      }
      await page.evaluate(async () => {
        const pane = document.querySelector('.reading-pane') as HTMLElement
        for (let i = 0; i < 30; i++) {
          pane.scrollTop += pane.clientHeight
          await new Promise((r) => requestAnimationFrame(r))
        }
        for (let i = 0; i < 28; i++) {
          pane.scrollTop -= pane.clientHeight
          await new Promise((r) => requestAnimationFrame(r))
        }
        await new Promise((r) => setTimeout(r, 300))
      })
      const gaps = await page.evaluate(() => {
        const blocks = [...document.querySelectorAll('.virtual-block')].map((b) => b.getBoundingClientRect()).sort((a, b) => a.top - b.top)
        return blocks.slice(1).map((b, i) => Math.round(b.top - blocks[i]!.bottom))
      })
      console.log(colorScheme, width, 'gaps between consecutive blocks:', JSON.stringify(gaps))
      await page.screenshot({ path: `/tmp/perf-tag-long-${colorScheme}-${width}.png` })
      await page.close()
    }
  }
} finally {
  await browser.close()
  await host.stop()
}

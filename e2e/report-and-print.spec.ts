/** The report to share, opened offline in the browser; and the app's own print, which is the article alone. */
import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { makeReview, review } from './reading-page'

test('Export → Report (HTML) is one file that reads offline: title, reviewer, verdict mix and the reviewed claims in article order', async ({
  page,
  browser,
  ws
}) => {
  await makeReview(ws)
  await page.getByRole('button', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Report (HTML)' }).click()
  const file = await downloading
  expect(file.suggestedFilename()).toMatch(/^trump-pressures-ukraine.*\.report\.html$/)
  const html = await readFile(await file.path(), 'utf8')

  // A fresh page with every request refused: whatever the report asked for would be seen here.
  const reader = await browser.newPage()
  const requests: string[] = []
  await reader.route('**/*', (route) => {
    requests.push(route.request().url())
    return route.abort()
  })
  await reader.setContent(html)
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Trump Pressures Ukraine')
  await expect(
    reader.getByRole('img', { name: /^1 verified, 1 disputed, 1 needs source, \d+ not reviewed$/ })
  ).toBeVisible()
  const claims = reader.locator('li.claim')
  await expect(claims).toHaveCount(3)
  // Article order: the needs-source claim comes last in the sample, after the other two.
  await expect(claims.nth(0)).toContainText('Under predecessor Joe Biden')
  await expect(claims.nth(0)).toContainText('Verified')
  await expect(claims.nth(1)).toContainText('Disputed')
  await expect(claims.nth(2)).toContainText(review.needsSource)
  await expect(claims.nth(2).locator('.note')).toContainText(review.note)
  const styled = await reader
    .locator('li.claim')
    .first()
    .evaluate((el) => getComputedStyle(el).borderLeftStyle)
  expect(styled).toBe('solid')
  expect(await reader.locator('script').count()).toBe(0)
  expect(requests).toEqual([])
  await reader.close()
})

test('printing shows the article with its marks and none of the toolbar, panels or header', async ({
  page,
  ws
}) => {
  await makeReview(ws)
  const toolbar = page.getByRole('toolbar', { name: 'Reading tools' })
  await expect(toolbar.getByRole('button', { name: 'Print' })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(toolbar).toBeHidden()
  await expect(ws.panel).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export' })).toBeHidden()
  await expect(ws.article).toBeVisible()
  await expect(ws.claim(review.verified)).toBeVisible()
  await expect(ws.claim(review.verified)).toHaveClass(/claim--verified/)
  await expect(ws.claim(review.verified).locator('.claim-badge--verified')).toBeVisible()
  const mark = await ws.claim(review.verified).evaluate((el) => getComputedStyle(el).boxShadow)
  expect(mark).not.toBe('none')
  // The whole article is on the page, not the height of the window.
  const { articleHeight, viewport } = await page.evaluate(() => ({
    articleHeight: document.querySelector('article')?.getBoundingClientRect().height ?? 0,
    viewport: window.innerHeight
  }))
  expect(articleHeight).toBeGreaterThan(viewport)
  await page.emulateMedia({ media: 'screen' })
  await expect(toolbar).toBeVisible()
})

test('Ctrl+P prints from the reading view', async ({ page, ws }) => {
  await ws.claims.nth(0).click()
  await page.evaluate(() => {
    window.addEventListener('beforeprint', () => document.body.setAttribute('data-printed', 'yes'), {
      once: true
    })
  })
  await page.keyboard.press('Control+p')
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
})

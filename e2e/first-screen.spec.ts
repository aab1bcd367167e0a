/**
 * The first screen: the host puts the open document's opening into the page it serves, so its
 * claims are on screen before any script runs; the app then takes over in place, nothing moving.
 */
import type { Browser, Page } from '@playwright/test'
import type { BrowserHost } from './app'
import { expect, test } from './fixtures'
import { importAndOpen } from './import-helpers'
import { SAMPLE_TITLE } from './reading-page'
import { WorkspacePage } from './workspace-page'

/**
 * The boxes of what a reader sees first, by what they are: the first claims, the header, the tabs.
 * Runs in the page (also as an init script), so it uses nothing from outside itself.
 */
function measureLayout(scope: string): Record<string, number[]> {
  const within = document.querySelector(scope)
  if (!within) throw new Error(`Nothing matches ${scope}.`)
  const boxes: Record<string, number[]> = {}
  const keep = (name: string, element: Element | null) => {
    const box = element?.getBoundingClientRect()
    if (box) boxes[name] = [box.x, box.y, box.width, box.height].map((value) => Math.round(value * 2) / 2)
  }
  keep('title', within.querySelector('.article-title'))
  keep('header', within.querySelector('.app-header'))
  keep('document title', within.querySelector('.app-document-title'))
  keep('progress', within.querySelector('.progress-bar'))
  keep('toolbar', within.querySelector('.reading-toolbar'))
  keep('tabs', within.querySelector('.side-tabs'))
  keep('hint', within.querySelector('.panel-hint'))
  within.querySelectorAll('.claim').forEach((claim, index) => {
    if (index < 8) keep(claim.getAttribute('data-claim-id') ?? `claim ${index}`, claim)
  })
  return boxes
}

/**
 * Measures the app in the very task that takes the first screen away, before anything later (the
 * claims engine's chips, say) can change it: what the reader sees in the frame after the swap.
 */
const atTakeOver = `
  window.__atTakeOver = new Promise((resolve) => {
    const measure = ${measureLayout.toString()}
    const watch = new MutationObserver(() => {
      if (document.getElementById('first-screen')) return
      watch.disconnect()
      resolve(measure('#root'))
    })
    document.addEventListener('DOMContentLoaded', () => {
      if (document.getElementById('first-screen')) watch.observe(document.body, { childList: true })
      else resolve(null)
    })
  })
`

/**
 * A host started again after the app was open once on its data folder: it has the last run's first
 * screen to serve.
 */
async function restartedWithFirstScreen(
  page: Page,
  startHost: () => Promise<BrowserHost>
): Promise<BrowserHost> {
  const first = await startHost()
  await new WorkspacePage(page).open(first.url)
  await first.stop()
  return startHost()
}

async function withoutScripts(browser: Browser, url: string, width: number): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 860 } })
  const page = await context.newPage()
  await page.goto(url)
  return page
}

test('after a restart the article’s claims are on the page before any script runs', async ({
  browser,
  page,
  startHost
}) => {
  const first = await startHost()
  const workspace = new WorkspacePage(page)
  await workspace.open(first.url)
  const claims = await workspace.claims.evaluateAll((spans) =>
    spans.map((span) => [span.getAttribute('data-claim-id'), span.textContent])
  )
  await first.stop()

  const again = await startHost()
  const bare = await withoutScripts(browser, again.url, 1280)
  const screen = bare.locator('#first-screen')
  await expect(screen.locator('.article-title')).toHaveText(SAMPLE_TITLE)
  const shown = await screen
    .locator('.claim')
    .evaluateAll((spans) => spans.map((span) => [span.getAttribute('data-claim-id'), span.textContent]))
  // The same sentences, by the same ids, as the full reading: the opening of its list.
  expect(shown.length).toBeGreaterThan(5)
  expect(shown).toEqual(claims.slice(0, shown.length))
  // Out of reach while it is only a picture: hidden from assistive technology, not focusable.
  await expect(screen).toHaveAttribute('aria-hidden', 'true')
  await expect(bare.getByRole('article')).toHaveCount(0)
  await bare.context().close()
})

test('the first screen paints from one answer: the style sheet inline, let in by its digest, and no policy broken', async ({
  page,
  startHost
}) => {
  const host = await restartedWithFirstScreen(page, startHost)

  const styleRequests: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') styleRequests.push(new URL(request.url()).pathname)
  })
  await page.addInitScript({
    content: `window.__violations = []
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violations.push(event.violatedDirective + ' ' + event.blockedURI))`
  })
  const workspace = new WorkspacePage(page)
  await workspace.open(host.url)
  await expect(page.locator('#first-screen')).toHaveCount(0)
  await workspace.waitForArticle(SAMPLE_TITLE)
  const sheets = await page.evaluate(() =>
    [...document.styleSheets].map((sheet) => ({
      element: sheet.ownerNode?.nodeName,
      rules: sheet.cssRules.length
    }))
  )
  expect(sheets[0]?.element).toBe('STYLE')
  expect(sheets[0]?.rules).toBeGreaterThan(100)
  expect(styleRequests).toEqual([])
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
    []
  )
})

for (const width of [1280, 800]) {
  test(`the app takes over the first screen without moving anything (${width} px)`, async ({
    browser,
    page,
    startHost
  }) => {
    const host = await restartedWithFirstScreen(page, startHost)

    const bare = await withoutScripts(browser, host.url, width)
    const before = await bare.evaluate(measureLayout, '#first-screen')
    await bare.context().close()
    expect(Object.keys(before)).toHaveLength(15)

    await page.setViewportSize({ width, height: 860 })
    await page.addInitScript({ content: atTakeOver })
    const workspace = new WorkspacePage(page)
    await workspace.open(host.url)
    await expect(page.locator('#first-screen')).toHaveCount(0)
    const after = await page.evaluate(
      () => (window as unknown as { __atTakeOver: Promise<unknown> }).__atTakeOver
    )
    expect(after).toEqual(before)
  })
}

test('a long article, whose blocks the virtualizer places, opens without a first screen', async ({
  browser,
  page,
  startHost
}) => {
  const lines = ['The Long Ledger', '']
  for (let index = 0; index < 1200; index++) {
    lines.push(
      `Entry ${index} records a payment of ${index + 10} dollars. The clerk signed entry ${index}.`,
      ''
    )
  }
  const first = await startHost()
  const workspace = new WorkspacePage(page)
  await workspace.open(first.url)
  await importAndOpen(page, 'ledger.txt', lines.join('\n'))
  await workspace.waitForArticle('The Long Ledger')
  await first.stop()
  const host = await startHost()

  const bare = await withoutScripts(browser, host.url, 1280)
  await expect(bare.locator('#root')).toBeAttached()
  await expect(bare.locator('#first-screen')).toHaveCount(0)
  await bare.context().close()
  await page.goto(host.url)
  await workspace.waitForArticle('The Long Ledger')
})

test('once the app has taken over, the keyboard works as always', async ({ page, startHost }) => {
  const host = await restartedWithFirstScreen(page, startHost)
  const workspace = new WorkspacePage(page)
  await workspace.open(host.url)
  await expect(page.locator('#first-screen')).toHaveCount(0)
  await workspace.press('j')
  await expect(workspace.selectedClaim).toHaveCount(1)
  await expect(workspace.selectedClaim).toBeFocused()
  await workspace.press('1')
  await expect(workspace.selectedClaim).toHaveAccessibleDescription(/Verified/)
  await workspace.expectSaved()
})

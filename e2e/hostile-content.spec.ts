/**
 * 130 hostile snippets, embedded in an HTML page and in a Markdown file, imported in Chromium under
 * the app's real CSP: nothing may run (no dialog), nothing may load (no request off the host), and
 * the rendered article may hold no event handler and no javascript: URL.
 */
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { xssPayloads } from '../src/main/import/fixtures/xss-payloads'
import type { BrowserHost } from './app'
import { pickFile } from './import-helpers'
import { ReadingPage } from './reading-page'

const hostilePage = [
  '<!doctype html><html><head><title>Harbour Safety Review</title>',
  ...xssPayloads.slice(0, 20),
  '</head><body><article><h1>Harbour Safety Review</h1>',
  ...xssPayloads.map(
    (payload, index) =>
      `<p>Inspection ${index + 1} found the railings sound and the lighting adequate for night use. ${payload} The inspector signed the report.</p>`
  ),
  '</article></body></html>'
].join('\n')

const hostileMarkdown = [
  '# Harbour Safety Notes',
  '',
  ...xssPayloads.flatMap((payload, index) => [
    `Note ${index + 1} says the [ladder](javascript:alert(${index})) was repaired. ${payload} It was checked twice.`,
    ''
  ])
].join('\n')

async function watch(page: Page, host: BrowserHost): Promise<{ dialogs: string[]; offHost: string[] }> {
  const seen = { dialogs: [] as string[], offHost: [] as string[] }
  const origin = new URL(host.url).origin
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.context().on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`)) seen.offHost.push(request.url())
  })
  await page.goto(host.url)
  await new ReadingPage(page).waitForArticle()
  return seen
}

/** Every element in the article with an on* attribute or a javascript:/data: URL in any attribute. */
const dangerousElements = (page: Page) =>
  page.getByRole('article', { name: 'Article' }).evaluate((article) =>
    [article, ...Array.from(article.querySelectorAll('*'))].flatMap((element) =>
      Array.from(element.attributes)
        .filter(
          (attribute) =>
            /^on/i.test(attribute.name) || /^\s*(javascript|vbscript|data):/i.test(attribute.value)
        )
        .map((attribute) => `${element.tagName} ${attribute.name}=${attribute.value}`)
    )
  )

for (const [kind, fileName, content, title, prose] of [
  ['an HTML page', 'hostile.html', hostilePage, 'Harbour Safety Review', 'The inspector signed the report.'],
  ['a Markdown file', 'hostile.md', hostileMarkdown, 'Harbour Safety Notes', 'It was checked twice.']
] as const) {
  test(`${xssPayloads.length} payloads in ${kind} neither run nor load anything`, async ({ page, host }) => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(100)
    const seen = await watch(page, host)
    await pickFile(page, fileName, content)
    const reading = new ReadingPage(page)
    await reading.waitForArticle(title)
    await expect(reading.article).toContainText(prose)
    await reading.article.locator('.claim').first().hover()
    expect(await dangerousElements(page)).toEqual([])
    await expect(
      reading.article.locator('script, iframe, object, embed, svg, math, style, link, base, meta, form, img')
    ).toHaveCount(0)
    expect(seen.dialogs).toEqual([])
    expect(seen.offHost).toEqual([])
  })
}

/**
 * 130 hostile snippets, embedded in an HTML page and in a Markdown file, imported in Chromium under
 * the app's real CSP: nothing may run (no dialog), nothing may load (no request off the host), and
 * the rendered article may hold no event handler and no javascript: URL, and every link drawn in the
 * article or its claim panel is http(s): a javascript: link keeps its words as plain text.
 */
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { xssPayloads } from '../test/fixtures/import/xss-payloads'
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

/** Every link address drawn in the article (data-href) or the claim panel (href) that is not http(s). */
const nonWebLinks = (page: Page) =>
  page
    .locator(
      'article[aria-label="Article"] [data-href], article[aria-label="Article"] a[href], aside a[href]'
    )
    .evaluateAll((elements) =>
      elements
        .map((element) => element.getAttribute('href') ?? element.getAttribute('data-href') ?? '')
        .filter((url) => !/^https?:\/\//i.test(url))
    )

const cases = [
  {
    kind: 'an HTML page',
    fileName: 'hostile.html',
    content: hostilePage,
    title: 'Harbour Safety Review',
    prose: 'The inspector signed the report.',
    /** Words of javascript: links, to be plain text; and of an http link, to stay a link. */
    plain: ['mixed case', 'entity', 'newline', 'vb'],
    linked: ['tabnab']
  },
  {
    kind: 'a Markdown file',
    fileName: 'hostile.md',
    content: hostileMarkdown,
    title: 'Harbour Safety Notes',
    prose: 'It was checked twice.',
    plain: ['ladder'],
    linked: []
  }
]

for (const { kind, fileName, content, title, prose, plain, linked } of cases) {
  test(`${xssPayloads.length} payloads in ${kind} neither run nor load anything`, async ({ page, host }) => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(100)
    const seen = await watch(page, host)
    await pickFile(page, fileName, content)
    const reading = new ReadingPage(page)
    // Sanitizing every payload is real work; on a busy machine it takes more than a few seconds.
    await reading.waitForArticle(title, 25_000)
    await expect(reading.article).toContainText(prose)
    await reading.article.locator('.claim').first().click()
    await expect(reading.panel.locator('blockquote.panel-claim')).not.toBeEmpty()
    expect(await dangerousElements(page)).toEqual([])
    expect(await nonWebLinks(page)).toEqual([])
    for (const words of plain) {
      await expect(reading.article).toContainText(words)
      await expect(reading.article.locator('.article-link', { hasText: words })).toHaveCount(0)
    }
    for (const words of linked) {
      await expect(reading.article.locator('.article-link', { hasText: words })).toHaveAttribute(
        'data-href',
        /^https?:/
      )
    }
    await expect(
      reading.article.locator('script, iframe, object, embed, svg, math, style, link, base, meta, form, img')
    ).toHaveCount(0)
    expect(seen.dialogs).toEqual([])
    expect(seen.offHost).toEqual([])
  })
}

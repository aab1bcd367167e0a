/**
 * Emphasis, strong and links kept from an imported Markdown file: drawn in the reading view, a link
 * opening in a new tab with no opener on Ctrl/⌘+click or from the panel, and a plain click on
 * linked words still selecting their claim.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import AxeBuilder from '@axe-core/playwright'
import { expect, test as base } from './fixtures'
import { pickFile } from './import-helpers'
import { ReadingPage } from './reading-page'

const TITLE = 'Harbour Works Review'
const markdownLinkingTo = (audit: string): string =>
  [
    `# ${TITLE}`,
    '',
    'The council said the sea wall is *finished*, and that it cost **£4.2 million**.',
    `The [full   audit of the *works*](${audit}) was published in May. Repairs to the pier follow.`,
    ''
  ].join('\n')

/** The audit the article links to: a page on loopback standing in for the web. */
interface Audit {
  url: string
  /** The Referer each visit to the audit page came with. */
  referers: (string | undefined)[]
}

const test = base.extend<{ audit: Audit; reading: ReadingPage }>({
  // eslint-disable-next-line no-empty-pattern
  audit: async ({}, use) => {
    const referers: (string | undefined)[] = []
    const server = createServer((request, response) => {
      // (The tab's own follow-up requests, such as its favicon, are not the link being followed.)
      if (request.url === '/harbour-audit') referers.push(request.headers.referer)
      response.writeHead(200, { 'content-type': 'text/html' }).end('<title>Audit</title><p>The audit.</p>')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await use({ url: `http://127.0.0.1:${port}/harbour-audit`, referers })
    await new Promise((resolve) => server.close(resolve))
  },
  /** The reading view on the Markdown article, imported through the file picker. */
  reading: async ({ page, host, audit }, use) => {
    const reading = new ReadingPage(page)
    await page.goto(host.url)
    await reading.waitForArticle()
    await pickFile(page, 'harbour-works.md', markdownLinkingTo(audit.url))
    await reading.waitForArticle(TITLE)
    await use(reading)
  }
})

const auditLink = (reading: ReadingPage) => reading.article.locator('.article-link')

test('emphasis, strong and a link are drawn over their words, each run still a span[data-start]', async ({
  reading,
  audit
}) => {
  await expect(reading.article.locator('em', { hasText: 'finished' })).toHaveText('finished')
  await expect(reading.article.locator('strong')).toHaveText('£4.2 million')
  // The link's words are cut where its emphasis starts: each run is its own span[data-start].
  await expect(auditLink(reading)).toHaveText(['full audit of the ', 'works'])
  await expect(auditLink(reading).locator('span[data-start]')).toHaveText(['full audit of the ', 'works'])
  await expect(auditLink(reading).nth(1).locator('em')).toHaveText('works')
  for (const run of await auditLink(reading).all()) await expect(run).toHaveAttribute('data-href', audit.url)
})

test('a plain click on linked words selects their claim and opens nothing', async ({
  page,
  context,
  reading
}) => {
  await auditLink(reading).first().click()
  const claim = reading.claim('The full audit')
  await expect(claim).toHaveAttribute('aria-pressed', 'true')
  await expect(claim).toBeFocused()
  await expect(reading.panel.locator('blockquote.panel-claim')).toHaveText(
    'The full audit of the works was published in May.'
  )
  expect(context.pages()).toEqual([page])
})

test('Ctrl/⌘+click opens the link in a new tab with no opener and no referrer', async ({
  context,
  reading,
  audit
}) => {
  const opened = context.waitForEvent('page')
  await auditLink(reading)
    .first()
    .click({ modifiers: ['ControlOrMeta'] })
  const tab = await opened
  await tab.waitForLoadState()
  expect(tab.url()).toBe(audit.url)
  expect(await tab.evaluate(() => window.opener)).toBeNull()
  expect(audit.referers).toEqual([undefined])
})

test('the claim panel lists the link, reached by Tab from the claim and opened with Enter', async ({
  page,
  context,
  reading,
  audit
}) => {
  await reading.claim('The full audit').click()
  const panelLink = reading.panel.getByRole('link', { name: 'full audit of the works' })
  await expect(panelLink).toHaveAttribute('href', audit.url)
  await expect(panelLink).toHaveAttribute('rel', 'noopener noreferrer')
  for (
    let step = 0;
    step < 12 && !(await panelLink.evaluate((el) => el === document.activeElement));
    step++
  ) {
    await page.keyboard.press('Tab')
  }
  await expect(panelLink).toBeFocused()
  const opened = context.waitForEvent('page')
  await page.keyboard.press('Enter')
  const tab = await opened
  await tab.waitForLoadState()
  expect(tab.url()).toBe(audit.url)
  expect(await tab.evaluate(() => window.opener)).toBeNull()
})

test('the formatted article with its claim panel open has no serious or critical violation', async ({
  page,
  reading
}) => {
  await reading.claim('The full audit').click()
  const results = await new AxeBuilder({ page }).include('main').analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((violation) => violation.id)).toEqual([])
})

/** The foundation journey in the browser host: open the sample, review, reload, export. */
import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { ReadingPage, expectExportedReview, expectReview, makeReview, sampleClaimCount } from './reading-page'

test('the sample article opens on first run with its title, headings and paragraphs', async ({
  page,
  ws: reading
}) => {
  await expect(reading.article.getByRole('heading', { level: 2 })).toHaveCount(7)
  await expect(
    reading.article.getByRole('heading', { name: 'Escalating Attacks and U.S. Policy Reversal' })
  ).toBeVisible()
  await expect(page.getByText(`0 of ${sampleClaimCount} claims reviewed`)).toBeVisible()
})

test('statuses and a note survive a reload, and the Markdown export downloads with all of it', async ({
  page,
  ws: reading
}) => {
  await makeReview(reading)

  await page.reload()
  await reading.waitForArticle()
  await expectReview(reading)

  await page.getByRole('button', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Markdown (.md)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(
    'trump-pressures-ukraine-for-concessions-as-putins-war-escalates-under-us-policy.md'
  )
  expectExportedReview(await readFile(await download.path(), 'utf8'))
})

test('the review is done by keyboard alone', async ({ page, ws: reading }) => {
  const claim = reading.claim('Under predecessor Joe Biden')
  await claim.focus()
  await page.keyboard.press('Enter')
  await expect(claim).toHaveAttribute('aria-pressed', 'true')
  await reading.statusButton('Disputed').focus()
  await page.keyboard.press('Space')
  await expect(claim).toHaveAccessibleDescription(/Disputed/)
  await reading.note.focus()
  await page.keyboard.type('Typed without a mouse.')
  await reading.waitUntilSaved()
  await page.reload()
  await reading.waitForArticle()
  await reading.claim('Under predecessor Joe Biden').click()
  await expect(reading.note).toHaveValue('Typed without a mouse.')
})

test('a page without the launch token is told how to get in, and sees no data', async ({ page, host }) => {
  await page.goto(new URL('/', host.url).href)
  await expect(page.getByRole('alert')).toContainText('missing the launch token')
  await expect(page.getByRole('article')).toHaveCount(0)
})

test('the app runs under its strict Content-Security-Policy without a single violation', async ({
  page,
  host
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  const response = await page.goto(host.url)
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  const reading = new ReadingPage(page)
  await reading.waitForArticle()
  await reading.setStatus('Under predecessor Joe Biden', 'Verified')
  expect(violations).toEqual([])
})

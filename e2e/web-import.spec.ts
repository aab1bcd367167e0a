/**
 * Importing from a web address in the browser host: a real HTTP server on this machine serves our
 * own pages, the host fetches them (the page never does), and the article is reviewed like any other.
 */
import { expect, test } from './fixtures'
import { documentRows, openLibrary, pasteOnPage } from './import-helpers'
import { ReadingPage } from './reading-page'
import { startArticleServer, type ArticleServer } from '../test/support/article-server'

const TITLE = 'Moorland wind farm to power 40,000 homes'
const CANONICAL = 'https://www.upland-courier.example/news/2026/moorland-wind-farm'
/** The first import in a fresh worker loads jsdom and Readability: seconds on a busy machine. */
const IMPORT_TIMEOUT = 30_000

test.describe.configure({ timeout: 90_000 })

let server: ArticleServer
test.beforeEach(async ({ page, host }) => {
  server = await startArticleServer()
  await page.goto(host.url)
  await new ReadingPage(page).waitForArticle()
})
test.afterEach(() => server.close())

test('a pasted address is fetched, reviewed, and the review survives a reload', async ({ page }) => {
  await pasteOnPage(page, `  ${server.url('/story')}\n`)
  const reading = new ReadingPage(page)
  await reading.waitForArticle(TITLE, IMPORT_TIMEOUT)
  await expect(page.getByText(`Imported “${TITLE}”`)).toBeVisible()
  await reading.setStatus('The figures are set out in', 'Verified')
  // The claim's relative links now point at the site they came from.
  await expect(reading.panel.getByRole('link', { name: 'the inspector’s report' })).toHaveAttribute(
    'href',
    server.url('/inquiry/report')
  )
  await page.reload()
  await reading.waitForArticle(TITLE)
  await expect(reading.claim('The figures are set out in')).toHaveAccessibleDescription(/Verified/)
  await openLibrary(page)
  await expect(documentRows(page).filter({ hasText: TITLE })).toContainText(CANONICAL)
  // Only the page: no stylesheet, script or image it names was requested.
  expect(server.requests.map((request) => request.path)).toEqual(['/story'])
})

test('Import… → From a web address… checks the address, and a download can be cancelled', async ({
  page
}) => {
  await page.getByRole('button', { name: 'Import…' }).click()
  await page.getByRole('menuitem', { name: 'From a web address…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import from a web address' })
  const field = dialog.getByRole('textbox', { name: 'Web address' })
  await field.fill('ftp://files.example.org/report.txt')
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(/reads only http:\/\/ and https:\/\/ pages/)
  await field.fill(server.url('/stalls'))
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toBeHidden()
  // The server sent the start of the page and stalls: the bytes so far show, with Cancel.
  await expect(page.getByText(/— \d+ KB$/)).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('progressbar')).toBeHidden()
  await openLibrary(page)
  await expect(documentRows(page)).toHaveCount(1)
})

test('an address that fails says why, and the same address again asks about a new version', async ({
  page
}) => {
  await pasteOnPage(page, server.url('/missing'))
  await expect(page.getByRole('alert').filter({ hasText: 'There is no page at' })).toContainText('HTTP 404')
  await pasteOnPage(page, server.url('/story'))
  await new ReadingPage(page).waitForArticle(TITLE, IMPORT_TIMEOUT)
  // A redirect to the same page: its canonical address is the document's source.
  await pasteOnPage(page, server.url('/hops/1'))
  const question = page.getByRole('dialog', { name: `Is this a new version of “${TITLE}”?` })
  await expect(question).toContainText('has the same address or title', { timeout: IMPORT_TIMEOUT })
  await question.getByRole('button', { name: 'Cancel' }).click()
  await openLibrary(page)
  await expect(documentRows(page)).toHaveCount(2)
})

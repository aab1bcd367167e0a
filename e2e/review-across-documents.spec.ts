/** Review across documents: the verdict mix in each library row, All claims (filter, jump, export), library search inside documents. */
import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import type { Page } from '@playwright/test'
import { documentRows, openLibrary, pickFile } from './import-helpers'
import { makeReview, review } from './reading-page'

// Two documents and a review each: more steps than most journeys, on a machine shared with other runs.
test.describe.configure({ timeout: 90_000 })

const tides =
  'Tide Tables\n\nHigh tide reached 6.2 metres on Monday. The harbour master said it was a record.\n'

async function importTides(page: Page): Promise<void> {
  await pickFile(page, 'tides.txt', tides)
  // The import runs on a worker thread: slower than a click when other runs share the machine.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tide Tables', { timeout: 30_000 })
}

test('each library row shows its verdict mix, with counts', async ({ page, ws }) => {
  await makeReview(ws)
  await openLibrary(page)
  const row = documentRows(page).filter({ hasText: 'Trump Pressures Ukraine' })
  const mix = row.getByRole('img', { name: /^Verdict mix of Trump Pressures Ukraine/ })
  await expect(mix).toHaveAccessibleName(/: 1 verified, 1 disputed, 1 needs source, \d+ unreviewed$/)
  await expect(mix.locator('.progress-segment')).toHaveCount(4)
  await expect(row).toContainText(/3 of \d+ reviewed/)
})

test('All claims lists claims from every document, filters them, and jumps to one', async ({ page, ws }) => {
  await makeReview(ws)
  await importTides(page)
  await ws.claims.nth(0).click()
  await ws.statusButton('Disputed').click()
  await ws.waitUntilSaved()

  await page.getByRole('button', { name: 'All claims' }).click()
  const view = page.getByRole('region', { name: 'All claims' })
  await expect(view.getByRole('status')).toHaveText(/^\d+ of \d+ claims$/)
  await view.getByRole('combobox', { name: 'Status' }).selectOption('disputed')
  await expect(view.getByRole('status')).toHaveText(/^2 of \d+ claims$/)
  const rows = view.getByRole('list', { name: 'Claims across the library' }).getByRole('listitem')
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: 'Tide Tables' })).toContainText(
    'High tide reached 6.2 metres on Monday.'
  )
  await view.getByRole('checkbox', { name: 'Has a note' }).check()
  await expect(rows).toHaveCount(0)
  await view.getByRole('checkbox', { name: 'Has a note' }).uncheck()
  await view.getByRole('combobox', { name: 'Status' }).selectOption('needs-source')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(review.note)

  await rows
    .first()
    .getByRole('button', { name: /^Open claim \d+ in Trump Pressures Ukraine/ })
    .click()
  await expect(ws.article).toBeVisible()
  await expect(ws.selectedClaim).toContainText(review.needsSource)
  await expect(ws.selectedClaim).toBeFocused()
  await expect(ws.selectedClaim).toBeInViewport()
})

test('All claims results export as CSV with each claim’s document', async ({ page, ws }) => {
  await makeReview(ws)
  await page.getByRole('button', { name: 'All claims' }).click()
  const view = page.getByRole('region', { name: 'All claims' })
  await view.getByRole('combobox', { name: 'Status' }).selectOption('verified')
  await expect(view.getByRole('status')).toHaveText(/^1 of \d+ claims$/)
  const downloading = page.waitForEvent('download')
  await view.getByRole('button', { name: 'Export CSV' }).click()
  const csv = await readFile(await (await downloading).path(), 'utf8')
  const lines = csv.slice(1).trimEnd().split('\r\n')
  expect(lines).toHaveLength(2)
  expect(lines[1]).toMatch(/^Trump Pressures Ukraine[^,]*,\d+,"Under predecessor Joe Biden[^"]*",Verified,/)
})

test('library search finds a document by the text of a note, and says so', async ({ page, ws }) => {
  await makeReview(ws)
  await importTides(page)
  await openLibrary(page)
  await expect(documentRows(page)).toHaveCount(2)
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('monthly series')
  await expect(documentRows(page)).toHaveCount(1)
  await expect(documentRows(page).first()).toContainText('Trump Pressures Ukraine')
  await expect(documentRows(page).first()).toContainText(`Found in a note: ${review.note}`)
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('harbour master')
  await expect(documentRows(page)).toHaveCount(1)
  await expect(documentRows(page).first()).toContainText('Tide Tables')
  await expect(documentRows(page).first()).toContainText('Found in the text')
})

/** The library: a new version re-anchors the review and keeps orphans; rename, delete and undo. */
import { expect, test } from './fixtures'
import { documentRows, openLibrary, pickFile } from './import-helpers'
import { ReadingPage } from './reading-page'

test.beforeEach(async ({ page, host }) => {
  await page.goto(host.url)
  await new ReadingPage(page).waitForArticle()
})

const version1 = [
  'Pier Repairs Report',
  '',
  'The pier was closed for 18 months. Repairs cost 3.2 million pounds.',
  '',
  'The old kiosk was removed. A new lift serves the lower deck.'
].join('\n')
const version2 = [
  'Pier Repairs Report',
  '',
  'An introduction was added. The pier was closed for 18 months. Repairs cost 3.4 million pounds.'
].join('\n')

test('importing a new version moves the review to the new text and lists what it could not place', async ({
  page
}) => {
  const reading = new ReadingPage(page)
  await pickFile(page, 'pier.txt', version1)
  await reading.waitForArticle('Pier Repairs Report')
  await reading.setStatus('Repairs cost 3.2 million', 'Disputed')
  await reading.setStatus('A new lift serves', 'Verified')

  await pickFile(page, 'pier.txt', version2)
  const question = page.getByRole('dialog', { name: 'Is this a new version of “Pier Repairs Report”?' })
  await question.getByRole('button', { name: 'Update the document' }).click()
  await expect(
    page.getByText(
      'Updated “Pier Repairs Report”: 1 annotation moved to the new text. 1 annotation could not be placed'
    )
  ).toBeVisible()
  await expect(reading.claim('Repairs cost 3.4 million pounds.')).toHaveAccessibleDescription(/Disputed/)

  const orphans = page.getByRole('region', { name: 'Orphaned annotations' })
  await orphans.getByRole('button', { name: 'Show' }).click()
  const orphan = orphans.getByRole('listitem', { name: 'Claim review: A new lift serves the lower deck.' })
  await expect(orphan).toContainText('Verified')

  await reading.claim('An introduction was added.').click()
  await orphan.getByRole('button', { name: 'Re-attach to selection' }).click()
  await expect(orphans).toHaveCount(0)
  await expect(reading.claim('An introduction was added.')).toHaveAccessibleDescription(/Verified/)

  // Re-attaching is an annotation change like any other: undone at once, and on disk.
  await page.keyboard.press('Control+z')
  await expect(orphans).toHaveCount(1)
  await expect(reading.claim('An introduction was added.')).not.toHaveAccessibleDescription(/Verified/)
  await reading.waitUntilSaved()
  await page.reload()
  await expect(page.getByRole('region', { name: 'Orphaned annotations' })).toHaveCount(1)
})

test('a document is renamed, found by search, deleted and brought back with Undo', async ({ page }) => {
  await pickFile(page, 'pier.txt', version1)
  await new ReadingPage(page).waitForArticle('Pier Repairs Report')
  await openLibrary(page)
  const row = documentRows(page).filter({ hasText: 'Pier Repairs Report' })
  await row.getByRole('button', { name: 'Rename Pier Repairs Report' }).click()
  await page.getByRole('textbox', { name: 'New title' }).fill('Pier Works 2025')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(documentRows(page).filter({ hasText: 'Pier Works 2025' })).toHaveCount(1)

  await page.getByRole('searchbox', { name: 'Search the library' }).fill('pier.txt')
  await expect(documentRows(page)).toHaveCount(1)
  await page.getByRole('button', { name: 'Delete Pier Works 2025' }).click()
  await expect(documentRows(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(documentRows(page)).toHaveCount(1)

  await page.reload()
  await openLibrary(page)
  await expect(documentRows(page)).toHaveCount(2)
})

/** Earlier versions: the library lists what each kept version held, and restores one. */
import { expect, test } from './fixtures'
import { documentRows, openLibrary, pickFile } from './import-helpers'
import { ReadingPage } from './reading-page'

const article = [
  'Lighthouse Survey',
  '',
  'The lighthouse was built in 1861. Its lamp can be seen 22 miles away.',
  '',
  'The keeper left in 1989.'
].join('\n')

test('a review is taken back to an earlier version from the library, and the replaced one is kept', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  const reading = new ReadingPage(page)
  await reading.waitForArticle()
  await pickFile(page, 'lighthouse.txt', article)
  await reading.waitForArticle('Lighthouse Survey')
  await reading.setStatus('The lighthouse was built in 1861.', 'Verified')
  await reading.setStatus('The keeper left in 1989.', 'Disputed')

  await openLibrary(page)
  const row = documentRows(page).filter({ hasText: 'Lighthouse Survey' })
  await expect(row).toContainText('2 of 3 reviewed')
  await row.getByRole('button', { name: 'Versions of Lighthouse Survey' }).click()
  const versions = page.getByRole('region', { name: 'Earlier versions of Lighthouse Survey' })
  const withOne = versions.getByRole('listitem').filter({ hasText: '1 of 3 reviewed' })
  await expect(withOne).toHaveCount(1)
  await withOne.getByRole('button', { name: /Restore the version saved/ }).click()

  await expect(page.getByRole('status').filter({ hasText: 'Restored “Lighthouse Survey”' })).toBeVisible()
  await expect(row).toContainText('1 of 3 reviewed')
  await row.getByRole('button', { name: 'Versions of Lighthouse Survey' }).click()
  await expect(versions.getByRole('listitem').filter({ hasText: '2 of 3 reviewed' })).toHaveCount(1)
})

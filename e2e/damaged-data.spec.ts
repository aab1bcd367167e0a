/** A data folder with an unreadable library index: the user is told, and the app starts with the rest. */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ReadingPage } from './reading-page'

test('a truncated library.json is kept aside in damaged/, the user is told where, and the documents still open', async ({
  page,
  dataDir,
  startHost
}) => {
  // First run: the sample article is imported; then the index is cut short, as by a crash mid-copy.
  const first = await startHost()
  await first.stop()
  await writeFile(join(dataDir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":')

  const host = await startHost()
  await page.goto(host.url)
  const keptAside = await readdir(join(dataDir, 'damaged'))
  expect(keptAside).toEqual([expect.stringMatching(/^library\.json\./)])
  const messages = page.getByRole('region', { name: 'Messages' })
  await expect(messages).toContainText(join(dataDir, 'damaged'))
  await expect(messages).toContainText('library.json')
  await new ReadingPage(page).waitForArticle()
})

test('a damaged document is found at start, kept aside, and the library opens without it', async ({
  page,
  dataDir,
  startHost
}) => {
  const first = await startHost()
  await first.stop()
  const [sample] = await readdir(join(dataDir, 'documents'))
  await writeFile(join(dataDir, 'documents', sample ?? ''), '{"schemaVersion":1,"title":"half a file')

  const host = await startHost()
  await page.goto(host.url)
  await expect(page.getByRole('region', { name: 'Messages' })).toContainText(
    `A data file could not be read and was kept aside, unchanged, in ${join(dataDir, 'damaged')}`
  )
  await expect(page.getByText('The library is empty.')).toBeVisible()
})

test('a second host on the same data folder refuses to start and says why', async ({ startHost }) => {
  await startHost()
  await expect(startHost()).rejects.toThrow(/Another Claimcheck \(process \d+\) is using the data folder/)
})

/** A data folder with an unreadable library index: the user is told, and the app starts with the rest. */
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { newDataDir, startBrowserHost } from './app'
import { ReadingPage } from './reading-page'

test('a truncated library.json is kept aside in damaged/, the user is told where, and the documents still open', async ({
  page
}) => {
  const dataDir = await newDataDir()
  // First run: the sample article is imported; then the index is cut short, as by a crash mid-copy.
  const first = await startBrowserHost(dataDir)
  await first.stop()
  await writeFile(join(dataDir, 'library.json'), '{"schemaVersion":1,"documents":[{"id":')

  const host = await startBrowserHost(dataDir)
  try {
    await page.goto(host.url)
    const keptAside = await readdir(join(dataDir, 'damaged'))
    expect(keptAside).toEqual([expect.stringMatching(/^library\.json\./)])
    const messages = page.getByRole('region', { name: 'Messages' })
    await expect(messages).toContainText(join(dataDir, 'damaged'))
    await expect(messages).toContainText('library.json')
    await new ReadingPage(page).waitForArticle()
  } finally {
    await host.stop()
  }
})

test('a second host on the same data folder refuses to start and says why', async () => {
  const dataDir = await newDataDir()
  await mkdir(dataDir, { recursive: true })
  const first = await startBrowserHost(dataDir)
  try {
    await expect(startBrowserHost(dataDir)).rejects.toThrow(
      /Another Claimcheck \(process \d+\) is using the data folder/
    )
  } finally {
    await first.stop()
  }
})

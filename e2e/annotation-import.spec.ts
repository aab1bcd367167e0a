/** Annotations from another tool (a Hypothesis export) dropped on the open document. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { projectRoot } from './app'
import { expect, test } from './fixtures'
import { dropFile, pickFile } from './import-helpers'
import { ReadingPage } from './reading-page'

const annotationFixture = (name: string): Promise<string> =>
  readFile(join(projectRoot, 'test', 'fixtures', 'annotations', name), 'utf8')

test('a Hypothesis export dropped on the open document places its notes, and keeps what has no place as orphans', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  const reading = new ReadingPage(page)
  await reading.waitForArticle()
  await pickFile(page, 'water-article.txt', await annotationFixture('water-article.txt'))
  await reading.waitForArticle('Water bills in the North West')

  await dropFile(page, 'hypothesis-export.json', await annotationFixture('hypothesis-export.json'))

  await expect(page.getByRole('region', { name: 'Messages' })).toContainText(
    /annotations? placed on “Water bills in the North West”/
  )
  await expect(page.getByRole('region', { name: 'Orphaned annotations' })).toBeVisible()
  await reading.claim('Water bills in the North West rose by £31').click()
  await expect(reading.panel).toContainText('Ofwat’s 2023 report says £29, not £31.'.replace('’', "'"))
})

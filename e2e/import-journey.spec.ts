/** Importing files in the browser host: picker, drop, paste, and every kind of bad input refused. */
import { rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { chooseInPicker, documentRows, dropFile, fixture, openLibrary, pickFile } from './import-helpers'
import { ReadingPage } from './reading-page'

test.beforeEach(async ({ page, host }) => {
  await page.goto(host.url)
  await new ReadingPage(page).waitForArticle()
})

test('a Markdown note picked with the file picker opens with its front matter title and lists', async ({
  page
}) => {
  await pickFile(page, 'field-notes.md', await fixture('field-notes.md'))
  const reading = new ReadingPage(page)
  await reading.waitForArticle('Notes on the allotment water survey')
  await expect(reading.claim('Plots with a water butt used about half')).toBeVisible()
  await expect(page.getByText('Imported “Notes on the allotment water survey”')).toBeVisible()
})

test('an HTML page dropped on the window is imported without its navigation or comments', async ({
  page
}) => {
  await dropFile(page, 'ferry-fares.html', await fixture('harbour-news.html'))
  const reading = new ReadingPage(page)
  await reading.waitForArticle('Ferry fares to rise by 12% in spring')
  await expect(reading.article).toContainText('A single adult ticket will cost £4.70')
  await expect(reading.article).not.toContainText('harbourwatcher')
  await expect(reading.article).not.toContainText('Subscribe for £1 a week')
})

test('pasted plain text outside a text field becomes a document', async ({ page }) => {
  await page.evaluate(() => {
    const data = new DataTransfer()
    data.setData(
      'text/plain',
      'Canal Lock Rebuilt\n\nThe lock gates were replaced in 2024. They weigh four tonnes each.'
    )
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
    )
  })
  await new ReadingPage(page).waitForArticle('Canal Lock Rebuilt')
})

const badInputs: [string, string, string | Buffer, RegExp][] = [
  [
    'a binary file',
    'photo.txt',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x00, 0x0a]),
    /“photo.txt” is a binary file/
  ],
  [
    'invalid UTF-8',
    'latin.md',
    Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
    /“latin.md” is not valid UTF-8/
  ],
  ['an empty file', 'empty.txt', '   \n', /“empty.txt” is empty/],
  [
    'a page with no article',
    'login.html',
    '<html><body><nav><a href="/">Home</a></nav><form><input name=u></form></body></html>',
    /“login.html” is a web page without an article/
  ],
  ['an unknown format', 'slides.pptx', 'PK not really', /“slides.pptx” is not a file Claimcheck can import/]
]

for (const [label, name, content, message] of badInputs) {
  test(`${label} is refused with what was wrong, and the library is unchanged`, async ({ page }) => {
    await pickFile(page, name, content)
    await expect(page.getByRole('alert')).toHaveText(message)
    await openLibrary(page)
    await expect(documentRows(page)).toHaveCount(1)
  })
}

test('a file over 50 MB is refused before it is read, naming the limit', async ({ page, host }) => {
  const path = join(host.dataDir, '..', `archive-${Date.now()}.txt`)
  await writeFile(path, '')
  await truncate(path, 51 * 1024 * 1024)
  try {
    await chooseInPicker(page, path)
    await expect(page.getByRole('alert')).toHaveText(/is 51.0 MB; Claimcheck imports files up to 50 MB/)
  } finally {
    await rm(path)
  }
  await openLibrary(page)
  await expect(documentRows(page)).toHaveCount(1)
})

/**
 * A large library lists only the rows near the viewport, yet every document stays reachable: by
 * scrolling, and by search; assistive technology hears each row's place in the whole list.
 */
import { expect, test } from './fixtures'
import { importMany, openLibrary } from './import-helpers'
import { ReadingPage } from './reading-page'

const DOCUMENTS = 110

const files = Array.from({ length: DOCUMENTS }, (_, index) => ({
  fileName: `ward-${index}.txt`,
  text: `Ward report ${index + 1}\n\nWard ${index + 1} counted ${100 + index} new homes in 2024.`
}))
// One of the first imported, so listed far down (newest first).
files[2] = { fileName: 'lighthouse.txt', text: 'Lighthouse accounts\n\nThe keeper was paid 40 pounds.' }

test('a large library lists the rows on screen, and every document is reached by scrolling or search', async ({
  page,
  host
}) => {
  // Importing a hundred articles one by one takes a while on a loaded machine.
  test.setTimeout(120_000)
  await page.goto(host.url)
  await new ReadingPage(page).waitForArticle()
  await importMany(page, files)
  await page.reload()
  await new ReadingPage(page).waitForArticle()
  await openLibrary(page)
  const rows = page.getByRole('list', { name: 'Documents' }).getByRole('listitem')

  await test.step('only the rows near the viewport are in the page, each knowing its place', async () => {
    // The sample article is in the library too.
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(DOCUMENTS + 1))
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1')
    expect(await rows.count()).toBeLessThan(40)
  })

  await test.step('the last document is reached by scrolling, and opens', async () => {
    // To the end of the pane, and again once the rows that came into view have been measured.
    await page.locator('.app-main').evaluate(async (pane) => {
      pane.scrollTop = pane.scrollHeight
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      pane.scrollTop = pane.scrollHeight
    })
    const last = page.locator(`.library-row[aria-posinset="${DOCUMENTS + 1}"]`)
    await expect(last).toBeInViewport()
    const title = (await last.getAttribute('aria-label')) ?? ''
    await last.locator('.library-open').click()
    await expect(page.locator('.app-document-title')).toHaveText(title)
  })

  await test.step('search finds a document far down the list', async () => {
    await openLibrary(page)
    await expect(page.getByRole('listitem', { name: 'Lighthouse accounts' })).toHaveCount(0)
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('Lighthouse')
    await expect(rows).toHaveCount(1)
    await expect(page.getByRole('listitem', { name: 'Lighthouse accounts' })).toBeVisible()
  })
})

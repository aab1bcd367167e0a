/** Search (`/`) in the article and in notes, stepping through hits, and filters over claims. */
import { expect, test } from './fixtures'

test('/ searches the article: hits are marked, Enter and Shift+Enter step through them', async ({
  page,
  ws
}) => {
  await ws.press('/')
  await expect(ws.searchBox).toBeFocused()
  await page.keyboard.type('zelensky')
  const hits = ws.article.locator('mark.search-hit')
  const count = await hits.count()
  expect(count).toBeGreaterThan(2)
  await ws.press('Enter')
  await expect(page.getByText(`1 of ${count}`)).toBeVisible()
  await expect(ws.article.locator('mark.search-hit--current')).toHaveText(/zelensky/i)
  await ws.press('Shift+Enter', 'Shift+Enter')
  await expect(page.getByText(`${count - 1} of ${count}`)).toBeVisible()
  await expect(ws.article.locator('mark.search-hit--current')).toBeInViewport()
  await ws.press('Escape')
  await expect(ws.searchBox).toBeHidden()
  await expect(hits).toHaveCount(0)
})

test('search finds words written in notes', async ({ page, ws }) => {
  await ws.press('j', 'j', 'n')
  await expect(ws.note).toBeFocused()
  await page.keyboard.type('Compare with the ISW tally.')
  await ws.press('Escape', '/')
  await expect(ws.searchBox).toBeFocused()
  await page.keyboard.type('tally')
  await expect(ws.claims.nth(1).locator('mark')).toHaveText('in note')
})

test('filters by status, tag and note, and j moves only among matching claims', async ({ page, ws }) => {
  await ws.press('j', '1', 'j', 'j', 'j', '1', 't')
  await expect(ws.tagInput).toBeFocused()
  await page.keyboard.type('numbers')
  await ws.press('Enter', 'Escape', '/')
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('verified')
  await expect(page.getByText('2 claims match')).toBeVisible()
  await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('numbers')
  await expect(page.getByText('1 claim matches')).toBeVisible()
  await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('')
  await ws.claims.nth(0).click()
  await ws.press('j')
  await expect(ws.claims.nth(3)).toBeFocused()
  await page.getByRole('search').getByRole('checkbox', { name: 'Has a note' }).check()
  await expect(page.getByText('0 claims match')).toBeVisible()
})

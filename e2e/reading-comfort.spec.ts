/** Reading comfort: theme override, text size and line width, remembered in the data folder. */
import { expect, test } from './fixtures'

test('a dark theme chosen over a light system, larger text and a wide line are remembered', async ({
  page,
  ws
}) => {
  await page.getByRole('button', { name: 'Reading settings' }).click()
  const settings = page.getByRole('group', { name: 'Reading settings' })
  await settings.getByRole('radio', { name: 'Dark' }).click()
  await settings.getByRole('button', { name: 'Larger text' }).click()
  await settings.getByRole('button', { name: 'Larger text' }).click()
  await settings.getByRole('radio', { name: 'Wide' }).click()
  await expect(ws.article).toHaveCSS('font-size', '21px')
  await page.reload()
  await ws.waitForArticle()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(ws.article).toHaveCSS('font-size', '21px')
  await expect(ws.article).toHaveCSS('max-width', `${52 * 16}px`)
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(23, 22, 20)')
})

test('the header shows the verdict mix with a legend that names each status', async ({ page, ws }) => {
  await ws.press('j', '1', 'j', '2')
  await page.getByRole('img', { name: /^Verdict mix/ }).focus()
  const legend = page.getByRole('tooltip')
  await expect(legend).toBeVisible()
  await expect(legend.getByRole('listitem').filter({ hasText: 'Verified' })).toContainText('1')
  await expect(legend.getByRole('listitem').filter({ hasText: 'Disputed' })).toContainText('1')
})

test('the chosen theme also dresses the library when no document is open', async ({ page, ws }) => {
  await page.getByRole('button', { name: 'Reading settings' }).click()
  await page.getByRole('group', { name: 'Reading settings' }).getByRole('radio', { name: 'Dark' }).click()
  await page.getByRole('button', { name: 'Library' }).click()
  await page.getByRole('button', { name: /^Delete/ }).click()
  await page.reload()
  await expect(ws.article).toHaveCount(0)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(23, 22, 20)')
})

/**
 * The browser host never shows the desktop app's update UI: no "Restart to update", no Updates
 * row in Reading settings, and the API says the host does not update itself.
 */
import { apiRoute, TOKEN_HEADER, TOKEN_STORAGE_KEY } from '../src/shared/wire'
import { expect, test } from './fixtures'

test('the browser host offers no updates and no update setting', async ({ ws, page }) => {
  await ws.waitForArticle()
  await page.getByRole('button', { name: 'Reading settings' }).click()
  const settings = page.getByRole('group', { name: 'Reading settings' })
  await expect(settings.getByRole('radiogroup', { name: 'Theme' })).toBeVisible()
  await expect(settings.getByText('Check for updates daily')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Restart to update' })).toHaveCount(0)

  const status = await page.evaluate(
    async ({ route, header, storageKey }) => {
      const token = localStorage.getItem(storageKey) ?? ''
      const response = await fetch(route, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [header]: token },
        body: '{}'
      })
      return response.json()
    },
    { route: apiRoute('getUpdateStatus'), header: TOKEN_HEADER, storageKey: TOKEN_STORAGE_KEY }
  )
  expect(status).toMatchObject({ ok: true, value: { phase: 'unavailable', reason: /browser host/ } })
})

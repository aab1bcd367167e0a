/** Undo and redo of annotation changes, by keyboard, also after a reload; disk always equals screen. */
import { expect, test } from './fixtures'

test('Ctrl+Z undoes a status, Ctrl+Shift+Z and Ctrl+Y redo it', async ({ ws }) => {
  await ws.press('j', '1', 'j', '2')
  await ws.press('Control+z')
  await expect(ws.claims.nth(1)).toHaveAccessibleDescription(/Not reviewed/)
  await ws.press('Control+z')
  await expect(ws.claims.nth(0)).toHaveAccessibleDescription(/Not reviewed/)
  await expect(ws.progress).toHaveText(/^0 of/)
  await ws.press('Control+Shift+Z')
  await expect(ws.claims.nth(0)).toHaveAccessibleDescription(/Verified/)
  await ws.press('Control+y')
  await expect(ws.claims.nth(1)).toHaveAccessibleDescription(/Disputed/)
})

test('undo still works after a reload, and what it shows is what is on disk', async ({ page, ws }) => {
  await ws.press('j', '3', 'j', '1')
  await ws.expectSaved()
  await page.reload()
  await ws.waitForArticle()
  await ws.press('Control+z')
  await expect(ws.claims.nth(1)).toHaveAccessibleDescription(/Not reviewed/)
  await ws.press('j')
  await ws.expectSaved()
  await page.reload()
  await ws.waitForArticle()
  await expect(ws.claims.nth(0)).toHaveAccessibleDescription(/Needs source/)
  await expect(ws.claims.nth(1)).toHaveAccessibleDescription(/Not reviewed/)
})

test('a burst of typing in the note is one undo step', async ({ page, ws }) => {
  await ws.press('j', '2', 'n')
  await page.keyboard.type('Figures from ISW.')
  await ws.press('Escape', 'Control+z')
  await expect(ws.claims.nth(0)).toHaveAccessibleDescription(/^(?:Check-worthy claim|Claim)\. Disputed\.$/)
  await ws.claims.nth(0).click()
  await expect(ws.note).toHaveValue('')
  await ws.press('Control+z')
  await expect(ws.claims.nth(0)).toHaveAccessibleDescription(/Not reviewed/)
})

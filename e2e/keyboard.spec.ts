/** Reviewing by keyboard alone: moving between claims, statuses, note, source, tags, help. */
import { expect, test } from './fixtures'
import { importAndOpen } from './import-helpers'

test('j and k move focus and selection between claims, and the claim scrolls into view', async ({
  page,
  ws
}) => {
  await ws.press('j')
  await expect(ws.claims.nth(0)).toBeFocused()
  await ws.press('j', 'j')
  await expect(ws.claims.nth(2)).toBeFocused()
  await expect(ws.claims.nth(2)).toHaveAttribute('aria-pressed', 'true')
  await ws.press('k')
  await expect(ws.claims.nth(1)).toBeFocused()
  for (let step = 0; step < 20; step++) await page.keyboard.press('j')
  await expect(ws.claims.nth(21)).toBeFocused()
  await expect(ws.claims.nth(21)).toBeInViewport()
})

test('only the current claim is in the Tab order (roving tabindex)', async ({ ws }) => {
  await expect(ws.article.locator('.claim[tabindex="0"]')).toHaveCount(1)
  await ws.press('j', 'j', 'j')
  await expect(ws.claims.nth(2)).toHaveAttribute('tabindex', '0')
  await expect(ws.article.locator('.claim[tabindex="0"]')).toHaveCount(1)
})

test('1, 2, 3 and 0 set and clear the status, and the header progress follows', async ({ ws }) => {
  await ws.press('j', '1')
  await expect(ws.claims.nth(0)).toHaveAccessibleDescription(/Verified/)
  await expect(ws.progress).toHaveText(/^1 of \d+ claims reviewed$/)
  await ws.press('j', '2', 'j', '3')
  await expect(ws.claims.nth(1)).toHaveAccessibleDescription(/Disputed/)
  await expect(ws.claims.nth(2)).toHaveAccessibleDescription(/Needs source/)
  await expect(ws.progress).toHaveText(/^3 of \d+ claims reviewed$/)
  await ws.press('0')
  await expect(ws.claims.nth(2)).toHaveAccessibleDescription(/Not reviewed/)
  await expect(ws.progress).toHaveText(/^2 of \d+ claims reviewed$/)
})

test('J and K jump to the next and previous claim with no status', async ({ ws }) => {
  await ws.press('j', '1', 'j', '2', 'k')
  await ws.press('J')
  await expect(ws.claims.nth(2)).toBeFocused()
  await ws.press('K')
  // Both earlier claims have a status, so K wraps round to the last claim.
  await expect(ws.claims.last()).toBeFocused()
})

test('n puts the cursor in the note; typing there never triggers shortcuts; Escape returns to the claim', async ({
  page,
  ws
}) => {
  await ws.press('j', 'n')
  await expect(ws.note).toBeFocused()
  await page.keyboard.type('j k 1 / ? s is what I typed')
  await expect(ws.note).toHaveValue('j k 1 / ? s is what I typed')
  await ws.press('Escape')
  await expect(ws.claims.nth(0)).toBeFocused()
  await expect(ws.claims.nth(0)).toHaveAccessibleDescription(/Not reviewed, has a note/)
  await ws.expectSaved()
})

test('s adds a source by keyboard, refusing a link that is not http(s)', async ({ page, ws }) => {
  await ws.press('j', 's')
  const link = ws.panel.getByRole('textbox', { name: 'Link' })
  await expect(link).toBeFocused()
  await page.keyboard.type('javascript:alert(1)')
  await ws.press('Enter')
  await expect(ws.panel.getByRole('alert')).toHaveText('Enter a link that starts with http:// or https://.')
  await link.fill('')
  await page.keyboard.type('https://www.understandingwar.org/report')
  await ws.press('Tab')
  await page.keyboard.type('ISW campaign assessment')
  await ws.press('Enter')
  await expect(ws.sources.getByRole('link', { name: 'ISW campaign assessment' })).toHaveAttribute(
    'href',
    'https://www.understandingwar.org/report'
  )
  await expect(ws.claims.nth(0)).toBeFocused()
})

test('t adds tags, and tags used before are offered as suggestions', async ({ page, ws }) => {
  await ws.press('j', 't')
  await expect(ws.tagInput).toBeFocused()
  await page.keyboard.type('casualty figures')
  await ws.press('Enter', 'Escape', 'j', 't')
  await expect(ws.panel.locator('datalist option')).toHaveAttribute('value', 'casualty figures')
})

test('? lists every shortcut and Escape closes the list', async ({ ws }) => {
  await ws.press('?')
  const dialog = ws.page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('Next claim with no status')).toBeVisible()
  await ws.press('Escape')
  await expect(dialog).toBeHidden()
})

test('tags used in other documents of the library are suggested too', async ({ page, ws }) => {
  await ws.press('j', 't')
  await expect(ws.tagInput).toBeFocused()
  await page.keyboard.type('casualty figures')
  await ws.press('Enter', 'Escape')
  await ws.waitUntilSaved()
  await importAndOpen(
    page,
    'ferry.txt',
    'Ferry Times\n\nThe ferry leaves at nine. It takes forty minutes to cross.'
  )
  await ws.waitForArticle('Ferry Times')
  await ws.press('j', 't')
  await expect(ws.tagInput).toBeFocused()
  await expect(ws.panel.locator('datalist option')).toHaveAttribute('value', 'casualty figures')
})

test('a status set by keyboard is announced to screen readers, as focus stays on the claim', async ({
  page,
  ws
}) => {
  await ws.press('j', '2')
  await expect(page.getByRole('status').filter({ hasText: 'Marked disputed.' })).toHaveCount(1)
  await ws.press('0')
  await expect(page.getByRole('status').filter({ hasText: 'Status cleared.' })).toHaveCount(1)
})

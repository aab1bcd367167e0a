/** "Not a claim": key 4 and the panel button take a sentence out of the count, undoably. */
import { expect, test } from './fixtures'
import { documentRows, fixture, importAndOpen, openLibrary } from './import-helpers'

test.beforeEach(async ({ page, ws }) => {
  await importAndOpen(page, 'tram-line.txt', await fixture('tram-line.txt'))
  await ws.waitForArticle('Tram Line Opens in Eastfield')
  await expect(ws.claims).toHaveCount(4)
})

test('4 takes a sentence out of the count, J skips it, and progress reaches 100%', async ({ page, ws }) => {
  await expect(ws.progress).toHaveText('0 of 4 claims reviewed')
  await ws.press('j', 'j', 'j', '4')
  const transition = ws.claims.nth(2)
  await expect(transition).toHaveAccessibleDescription(/Not a claim\.$/)
  await expect(transition).toHaveClass(/claim--not-a-claim/)
  await expect(transition.locator('.claim-badge')).toHaveCount(0)
  await expect(ws.progress).toHaveText('0 of 3 claims reviewed')
  await expect(ws.panel.getByRole('button', { name: 'Not a claim' })).toHaveAttribute('aria-pressed', 'true')

  await ws.press('k', 'k', '1', 'J')
  await expect(ws.claims.nth(1)).toBeFocused()
  await ws.press('2', 'J')
  // The sentence marked not a claim is passed over on the way to the last one.
  await expect(ws.claims.nth(3)).toBeFocused()
  await ws.press('3')
  await expect(ws.progress).toHaveText('3 of 3 claims reviewed')
  await expect(page.getByRole('img', { name: /^Verdict mix:/ })).toHaveAccessibleName(
    'Verdict mix: 1 verified, 1 disputed, 1 needs source, 0 unreviewed; 1 not a claim, left out'
  )
  await ws.expectSaved()

  await openLibrary(page)
  const row = documentRows(page).filter({ hasText: 'Tram Line Opens in Eastfield' })
  await expect(row.getByText('3 of 3 reviewed')).toBeVisible()
  // The row's verdict mix leaves the sentence out and has nothing unreviewed left.
  await expect(row.getByRole('img', { name: /^Verdict mix of/ })).toHaveAccessibleName(
    'Verdict mix of Tram Line Opens in Eastfield: 1 verified, 1 disputed, 1 needs source, 0 unreviewed; 1 not a claim, left out'
  )
})

test('the panel button marks it, the history shows it, 0 clears it, and undo puts it back', async ({
  ws
}) => {
  await ws.claims.nth(2).click()
  await ws.panel.getByRole('button', { name: 'Not a claim' }).click()
  await expect(ws.progress).toHaveText('0 of 3 claims reviewed')
  const history = ws.panel.getByRole('region', { name: 'Status history' }).getByRole('listitem')
  await expect(history.nth(0)).toContainText('No status → Not a claim')

  await ws.claims.nth(2).focus()
  await ws.press('0')
  await expect(ws.claims.nth(2)).toHaveAccessibleDescription(/Not reviewed\.$/)
  await expect(ws.progress).toHaveText('0 of 4 claims reviewed')

  await ws.press('Control+z')
  await expect(ws.claims.nth(2)).toHaveAccessibleDescription(/Not a claim\.$/)
  await expect(ws.progress).toHaveText('0 of 3 claims reviewed')
  await ws.press('Control+z')
  await expect(ws.claims.nth(2)).toHaveAccessibleDescription(/Not reviewed\.$/)
  await expect(ws.progress).toHaveText('0 of 4 claims reviewed')
})

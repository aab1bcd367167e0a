/** The claim detail panel: note links, sources, status history; and the whole journey by keyboard. */
import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'

test('links in a note are clickable and open in a new tab with no opener in the browser host', async ({
  page,
  ws
}) => {
  await ws.press('j', 'n')
  await expect(ws.note).toBeFocused()
  await page.keyboard.type('Series at https://www.understandingwar.org/backgrounder. Check it.')
  const link = ws.panel.getByRole('link', { name: 'https://www.understandingwar.org/backgrounder' })
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
})

test('the panel lists each status change with when, from and to', async ({ ws }) => {
  await ws.press('j', '3', '1')
  const history = ws.panel.getByRole('region', { name: 'Status history' }).getByRole('listitem')
  await expect(history).toHaveCount(2)
  await expect(history.nth(0)).toContainText('Needs source → Verified')
  await expect(history.nth(1)).toContainText('No status → Needs source')
  await expect(history.nth(0).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/)
})

test('a source can be added with the button and removed again', async ({ ws }) => {
  await ws.claims.nth(0).click()
  await ws.panel.getByRole('button', { name: 'Add source' }).click()
  await ws.panel.getByRole('textbox', { name: 'Link' }).fill('https://example.org/data')
  await ws.panel.getByRole('textbox', { name: 'Quoted passage (optional)' }).fill('38 per day')
  await ws.panel.getByRole('button', { name: 'Add source' }).click()
  await expect(ws.sources.getByText('38 per day')).toBeVisible()
  await ws.sources.getByRole('button', { name: 'Remove source https://example.org/data' }).click()
  await expect(ws.sources.getByText('No sources yet.')).toBeVisible()
})

test('the whole journey works without the mouse: move, tag, note, source, highlight, search, export', async ({
  page,
  ws
}) => {
  // Each field is typed into once it has focus, as a person would: the keys before are shortcuts.
  await ws.press('j', 'j', '2', 't')
  await expect(ws.tagInput).toBeFocused()
  await page.keyboard.type('numbers')
  await ws.press('Enter', 'Escape', 'n')
  await expect(ws.note).toBeFocused()
  await page.keyboard.type('Count differs from ISW.')
  await ws.press('Escape', 's')
  await expect(ws.panel.getByRole('textbox', { name: 'Link' })).toBeFocused()
  await page.keyboard.type('https://www.understandingwar.org')
  await ws.press('Enter', 'h', 'Escape', 'Escape', '/')
  await expect(ws.searchBox).toBeFocused()
  await page.keyboard.type('ISW')
  await ws.press('Enter', 'Escape')
  await expect(ws.claims.nth(1)).toBeFocused()
  // Shift+Tab leaves the claims for the toolbar and header; Export is the header's last control.
  const exportButton = page.getByRole('button', { name: 'Export' })
  for (
    let step = 0;
    step < 12 && !(await exportButton.evaluate((el) => el === document.activeElement));
    step++
  ) {
    await page.keyboard.press('Shift+Tab')
  }
  await expect(exportButton).toBeFocused()
  await ws.press('Enter')
  const downloading = page.waitForEvent('download')
  await ws.press('Enter')
  const markdown = await readFile(await (await downloading).path(), 'utf8')
  expect(markdown).toContain('## Disputed')
  expect(markdown).toContain('Count differs from ISW.')
  expect(markdown).toMatch(/\[\^[a-z0-9-]+-1\]: .*https:\/\/www\.understandingwar\.org/)
  expect(markdown).toContain('## Highlights')
})

/** Highlights: from a mouse selection across paragraphs, by `h`, overlapping, edited, deleted, exported. */
import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'

const firstWords = 'In a stark departure'
const nextParagraph = 'The conflict has intensified'

test('selecting text across two paragraphs offers a Highlight button that highlights it, with a note', async ({
  page,
  ws
}) => {
  await ws.dragSelect(ws.claim(firstWords), ws.claim(nextParagraph))
  await page.getByRole('button', { name: 'Highlight', exact: true }).click()
  // One highlight, drawn in the first paragraph, the heading between, and the next paragraph.
  await expect(ws.article.locator('p:has(.highlight)')).toHaveCount(2)
  await expect(ws.article.locator('h2:has(.highlight)')).toHaveText(
    'Escalating Attacks and U.S. Policy Reversal'
  )
  await expect(ws.panel.getByRole('textbox', { name: 'Highlight note' })).toBeFocused()
  await page.keyboard.type('The framing starts here.')
  await ws.panel.getByRole('radio', { name: 'Cyan' }).click()
  await ws.expectSaved()
  await page.reload()
  await ws.waitForArticle()
  await expect(ws.article.locator('p:has(.highlight--cyan)')).toHaveCount(2)
})

test('h highlights the selected claim; overlapping highlights nest; a highlight can be deleted', async ({
  page,
  ws
}) => {
  await ws.press('j', 'h')
  await expect(ws.claims.nth(0).locator('.highlight')).toHaveCount(1)
  await ws.press('Escape')
  await ws.dragSelect(ws.claims.nth(0), ws.claims.nth(1))
  await ws.press('h')
  await expect(ws.claims.nth(0).locator('.highlight .highlight').first()).toBeVisible()
  await expect(ws.panel.getByRole('region', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(2)
  await ws.panel.getByRole('button', { name: 'Delete highlight' }).first().click()
  await expect(ws.panel.getByRole('region', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(1)
  await expect(ws.claims.nth(0).locator('.highlight .highlight')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
})

test('highlights and their notes are in the Markdown export', async ({ page, ws }) => {
  await ws.press('j', 'h', 'n')
  await expect(ws.panel.getByRole('textbox', { name: 'Highlight note' })).toBeFocused()
  await page.keyboard.type('Check the word "stark".')
  await ws.press('Escape')
  await ws.expectSaved()
  await page.getByRole('button', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Markdown (.md)' }).click()
  const markdown = await readFile(await (await downloading).path(), 'utf8')
  expect(markdown).toContain('## Highlights\n\n> In a stark departure from previous U.S. policy')
  expect(markdown).toContain('Check the word "stark".')
})

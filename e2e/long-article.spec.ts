/**
 * A long article (2,000 paragraphs) renders only the blocks near the viewport, and everything that
 * moves to a claim — search, j/k, jump-to — brings far-away blocks on screen first.
 */
import { expect, test } from './fixtures'
import { importAndOpen } from './import-helpers'
import type { WorkspacePage } from './workspace-page'

const PARAGRAPHS = 2000

function longArticle(): string {
  const lines = ['The Long Ledger', '']
  for (let index = 0; index < PARAGRAPHS; index++) {
    if (index % 50 === 0) lines.push(`Part ${index / 50 + 1}`, '')
    lines.push(
      `Entry ${index} records a payment of ${index + 10} dollars. The clerk signed entry ${index}.`,
      ''
    )
  }
  lines.push('The ledger closes with a note about the lighthouse keeper.')
  return lines.join('\n')
}

/** Imports and opens the article through the API the page itself uses, then reloads onto it. */
async function openLongArticle(workspace: WorkspacePage): Promise<WorkspacePage> {
  await importAndOpen(workspace.page, 'ledger.txt', longArticle())
  await workspace.waitForArticle('The Long Ledger')
  return workspace
}

test('only the blocks near the viewport are in the page', async ({ page, ws }) => {
  const workspace = await openLongArticle(ws)
  const rendered = await workspace.article.locator('p').count()
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(200)
  await expect(page.getByText(`0 of ${PARAGRAPHS * 2 + 1} claims reviewed`)).toBeVisible()
})

test('search reaches the last paragraph, and the claim there can be tagged', async ({ page, ws }) => {
  const workspace = await openLongArticle(ws)
  await page.keyboard.press('/')
  await expect(workspace.searchBox).toBeFocused()
  await page.keyboard.type('lighthouse')
  await page.keyboard.press('Enter')
  const hit = workspace.article.locator('.search-hit--current')
  await expect(hit).toHaveText('lighthouse')
  await expect(hit).toBeInViewport()
  await page.keyboard.press('Escape')
  await expect(workspace.selectedClaim).toContainText('The ledger closes with a note')
  await workspace.selectedClaim.focus()
  await page.keyboard.press('2')
  await expect(workspace.selectedClaim).toHaveAccessibleDescription(/Disputed/)
  await expect(page.getByText(`1 of ${PARAGRAPHS * 2 + 1} claims reviewed`)).toBeVisible()
})

test('K from the first claim wraps to the last unreviewed claim, far below', async ({ page, ws }) => {
  const workspace = await openLongArticle(ws)
  await workspace.claim('Entry 0 records').click()
  await page.keyboard.press('K')
  await expect(workspace.selectedClaim).toContainText('The ledger closes with a note')
  await expect(workspace.selectedClaim).toBeFocused()
  await expect(workspace.selectedClaim).toBeInViewport()
})

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

test('far down the article, the blocks on the page follow one another with no gap or overlap', async ({
  page,
  ws
}) => {
  const workspace = await openLongArticle(ws)
  const pane = page.locator('.reading-pane')
  await pane.evaluate((element) => {
    element.scrollTop = element.scrollHeight / 2
  })
  await page.mouse.move(300, 400)
  await page.mouse.wheel(0, -2000)
  // The blocks arriving are measured as they render; each then sits right below the one before.
  const layout = () =>
    workspace.article.locator('.virtual-block').evaluateAll((blocks) => {
      const boxes = blocks.map((block) => block.getBoundingClientRect()).sort((a, b) => a.top - b.top)
      const gaps = boxes.slice(1).map((box, index) => box.top - (boxes[index]?.bottom ?? 0))
      return { blocks: boxes.length, misplaced: gaps.filter((gap) => Math.abs(gap) >= 1).length }
    })
  await expect.poll(async () => (await layout()).misplaced).toBe(0)
  expect((await layout()).blocks).toBeGreaterThan(5)
  // And the middle of the pane shows the article from far down, not an empty stretch.
  const shown = await workspace.article.evaluate((article) => {
    const pane = article.closest('.reading-pane')?.getBoundingClientRect()
    if (!pane) return ''
    const spot = document.elementFromPoint(
      article.getBoundingClientRect().left + 40,
      pane.top + pane.height / 2
    )
    return spot?.closest('.virtual-block')?.textContent ?? ''
  })
  expect(shown).toMatch(/^(Entry \d{3,4} records|Part \d+)/)
})

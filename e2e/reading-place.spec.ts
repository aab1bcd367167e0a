/** Reopening where the reader left off: the selected claim and the scroll position survive a reload. */
import { expect, test } from './fixtures'
import { WorkspacePage } from './workspace-page'

test('the selected claim and the scroll position are restored after a reload', async ({ page, host }) => {
  const workspace = new WorkspacePage(page)
  await workspace.open(host.url)
  await workspace.claim('Jim Townsend, a Pentagon and NATO veteran').click()
  const pane = page.locator('.reading-pane')
  // The save that follows the scroll, not the one that followed the click.
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/saveReadingPlace') &&
      (response.request().postDataJSON() as { place: { scrollFraction: number } }).place.scrollFraction > 0
  )
  await pane.evaluate((element) => element.scrollTo({ top: 900 }))
  await saved
  const scrolledTo = await pane.evaluate((element) => element.scrollTop)

  await page.reload()
  await workspace.waitForArticle()

  await expect(workspace.selectedClaim).toContainText('Jim Townsend, a Pentagon and NATO veteran')
  await expect(workspace.panel).toContainText('Jim Townsend, a Pentagon and NATO veteran')
  await expect
    .poll(() => pane.evaluate((element) => Math.round(element.scrollTop)))
    .toBeGreaterThan(scrolledTo - 20)
  expect(await pane.evaluate((element) => element.scrollTop)).toBeLessThan(scrolledTo + 20)
})

/** Reopening where the reader left off: the selected claim and the scroll position survive a reload. */
import { apiRoute } from '../src/shared/wire'
import { expect, test } from './fixtures'

test('the selected claim and the scroll position are restored after a reload', async ({
  page,
  ws: workspace
}) => {
  await workspace.claim('Jim Townsend, a Pentagon and NATO veteran').click()
  const pane = page.locator('.reading-pane')
  // Wait for the save of this scroll position: clicking scrolled the page too, and saved that.
  let expected = -1
  const saved = page.waitForResponse((response) => {
    if (!response.url().endsWith(apiRoute('saveReadingPlace'))) return false
    const { place } = response.request().postDataJSON() as { place: { scrollFraction: number } }
    return Math.abs(place.scrollFraction - expected) < 0.001
  })
  expected = await pane.evaluate((element) => {
    element.scrollTo({ top: 900 })
    return element.scrollTop / (element.scrollHeight - element.clientHeight)
  })
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

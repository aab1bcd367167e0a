/**
 * Issue 15, point 6: the polish a working fact-checker noticed. `h` toggles a whole-claim
 * highlight; the search bar covers no article line and its controls stay put; news leaves on its
 * own and follows a rename; text size keeps the place and reaches the panel; undo says what it
 * undid; deleting a library row moves focus to the next; a narrow header keeps the whole title.
 */
import type { Locator, Page } from '@playwright/test'
import { NOTICE_LINGER_MS } from '../src/shared/notice-timing'
import { expect, test } from './fixtures'
import { documentRows, importAndOpen, openLibrary, pickFile } from './import-helpers'
import { SAMPLE_TITLE } from './reading-page'
import { WorkspacePage } from './workspace-page'

const announcer = (page: Page) => page.getByTestId('announcer')
const pane = (page: Page) => page.locator('.reading-pane')

/** The first claim whose box reaches below the reading pane's top edge, and how far below it is. */
async function topClaim(page: Page): Promise<{ id: string; offset: number }> {
  return pane(page).evaluate((element) => {
    const top = element.getBoundingClientRect().top
    const claim = Array.from(element.querySelectorAll<HTMLElement>('.claim')).find(
      (candidate) => candidate.getBoundingClientRect().bottom > top
    )
    if (!claim) throw new Error('No claim is on screen.')
    return { id: claim.dataset['claimId'] ?? '', offset: claim.getBoundingClientRect().top - top }
  })
}

test('h on a claim that already has its highlight takes it off, and Ctrl+Z puts it back', async ({
  page,
  ws
}) => {
  await ws.press('j', 'h')
  await expect(ws.claims.nth(0).locator('.highlight')).toHaveCount(1)
  await ws.press('Escape', 'h')
  await expect(ws.highlights).toHaveCount(0)
  await expect(announcer(page)).toHaveText('Highlight removed.')
  await ws.press('Control+z')
  await expect(ws.claims.nth(0).locator('.highlight')).toHaveCount(1)
  await expect(announcer(page)).toHaveText('Undid: Removing a highlight')
})

test('the search bar opens above the article, leaving the line at the top in view', async ({ page, ws }) => {
  await pane(page).evaluate((element) => (element.scrollTop = 700))
  const before = await topClaim(page)
  await ws.press('/')
  await expect(ws.searchBox).toBeFocused()
  const bar = await page.getByRole('search', { name: 'Search and filter' }).boundingBox()
  const paneTop = await pane(page).evaluate((element) => element.getBoundingClientRect().top)
  // The article's visible area starts below the bar, and what was at its top is still at its top.
  expect(paneTop).toBeGreaterThanOrEqual((bar?.y ?? Infinity) + (bar?.height ?? 0) - 1)
  const after = await topClaim(page)
  expect(after.id).toBe(before.id)
  expect(Math.abs(after.offset - before.offset)).toBeLessThan(2)
})

test('the search controls keep their place when the count of matches appears', async ({ page, ws }) => {
  await ws.press('/')
  const controls: Locator[] = [
    page.getByRole('button', { name: 'Previous match' }),
    page.getByRole('button', { name: 'Next match' }),
    page.getByRole('combobox', { name: 'Filter by status' }),
    page.getByRole('button', { name: 'Close search' })
  ]
  const boxes = async () => Promise.all(controls.map((control) => control.boundingBox()))
  const before = await boxes()
  await page.keyboard.type('Trump')
  await expect(page.getByText(/^\d+ matches$/)).toBeVisible()
  expect(await boxes()).toEqual(before)
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('unreviewed')
  await expect(page.getByText(/claims match$/)).toBeVisible()
  expect(await boxes()).toEqual(before)
})

test('an import notice follows a rename and leaves on its own, but not while the pointer is on it', async ({
  page,
  host
}) => {
  await page.clock.install()
  const ws = new WorkspacePage(page)
  await ws.open(host.url)
  // The library's code is loaded once while time still runs (React reveals it on a timer)...
  await openLibrary(page)
  await page.getByRole('button', { name: 'Library', exact: true }).click()
  await ws.waitForArticle()
  // ...then time stands still until the test moves it, so a slow machine cannot expire the notice early.
  // The page's clock keeps running between reading it and pausing it, and pausing can only go forward:
  // the pause is set far enough ahead that even a loaded machine has not passed it yet. No notice is
  // showing while the clock jumps, so the jump expires nothing this test looks at.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 30_000)
  await pickFile(page, 'ferry.txt', 'Ferry Times\n\nThe ferry leaves at 9. It takes 40 minutes to cross.')
  await ws.waitForArticle('Ferry Times')
  const notice = page.getByRole('region', { name: 'Messages' }).getByRole('status')
  await expect(notice).toContainText(/^Imported “Ferry Times”: \d claims to review\./)

  await openLibrary(page)
  const row = documentRows(page).filter({ hasText: 'Ferry Times' })
  await row.getByRole('button', { name: 'Rename Ferry Times' }).click()
  await page.getByRole('textbox', { name: 'New title' }).fill('Harbour Ferry Times')
  await page.keyboard.press('Enter')
  await expect(notice).toContainText(/^Imported “Harbour Ferry Times”: \d claims to review\./)

  await notice.hover()
  await page.clock.fastForward(NOTICE_LINGER_MS + 1000)
  await expect(notice).toBeVisible()
  await page.mouse.move(0, 400)
  await page.clock.fastForward(NOTICE_LINGER_MS + 1000)
  await expect(notice).toHaveCount(0)
})

test('a larger text size keeps the claim at the top in place and enlarges the side panel', async ({
  page,
  ws
}) => {
  await pane(page).evaluate((element) => (element.scrollTop = 1200))
  await page.getByRole('button', { name: 'Reading settings' }).click()
  const tab = page.getByRole('tab', { name: 'Claim', exact: true })
  const tabHeight = (await tab.boundingBox())?.height ?? 0
  const before = await topClaim(page)
  for (let step = 0; step < 3; step++) {
    await page.getByRole('button', { name: 'Larger text' }).click()
    await expect(page.getByText(`${20 + step}px`)).toBeVisible()
    const after = await topClaim(page)
    expect(after.id).toBe(before.id)
    expect(Math.abs(after.offset - before.offset)).toBeLessThan(3)
  }
  expect((await tab.boundingBox())?.height ?? 0).toBeGreaterThan(tabHeight * 1.1)
  await expect(ws.article).toBeVisible()
})

test('undo and redo say what they undid and redid', async ({ page, ws }) => {
  const claim = ws.claim("In Trump's first year back")
  const number = await claim.evaluate(
    (element) => Array.from(document.querySelectorAll('.claim')).indexOf(element) + 1
  )
  await claim.click()
  await ws.press('2')
  await ws.press('Control+z')
  await expect(announcer(page)).toHaveText(`Undid: Disputed on claim ${number}`)
  await ws.press('Control+y')
  await expect(announcer(page)).toHaveText(`Redid: Disputed on claim ${number}`)
  await page.getByRole('toolbar', { name: 'Reading tools' }).getByRole('button', { name: 'Undo' }).click()
  await expect(announcer(page)).toHaveText(`Undid: Disputed on claim ${number}`)
})

test('after deleting a library row, focus is on the row that took its place', async ({ page, host }) => {
  const ws = new WorkspacePage(page)
  await ws.open(host.url)
  await importAndOpen(page, 'ferry.txt', 'Ferry Times\n\nThe ferry leaves at 9.')
  await importAndOpen(page, 'tram.txt', 'Tram Times\n\nThe tram leaves at 10.')
  await ws.waitForArticle('Tram Times')
  await openLibrary(page)
  const titles = await documentRows(page).locator('.library-open').allTextContents()
  expect(titles).toHaveLength(3)
  const [first, second] = titles
  await page.getByRole('button', { name: `Delete ${first}` }).click()
  await expect(documentRows(page)).toHaveCount(2)
  await expect(page.getByRole('button', { name: second, exact: true })).toBeFocused()
})

test('at 800 px the header shows the whole title on a line of its own', async ({ page, ws }) => {
  await page.setViewportSize({ width: 800, height: 700 })
  const title = page.locator('.app-document-title')
  await expect(title).toHaveText(SAMPLE_TITLE)
  const fits = await title.evaluate((element) => element.scrollWidth <= element.clientWidth)
  expect(fits).toBe(true)
  const titleBox = await title.boundingBox()
  const libraryBox = await page.getByRole('button', { name: 'Library', exact: true }).boundingBox()
  expect(titleBox && libraryBox).toBeTruthy()
  expect(titleBox?.y ?? 0).toBeGreaterThanOrEqual((libraryBox?.y ?? 0) + (libraryBox?.height ?? 0))
  await expect(ws.article).toBeVisible()
})

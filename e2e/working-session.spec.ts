/**
 * Issue 24: what a fact-checker hit in an afternoon's work. `h` keeps the keyboard on the claim;
 * ∑ chips are reached by the arrow keys, not Tab; notices of a kind replace each other; the
 * browser host keeps its address across restarts, and an open tab reconnects by itself.
 */
import { stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { pickFile } from './import-helpers'
import { ReadingPage } from './reading-page'
import { WorkspacePage } from './workspace-page'

const biden = 'Under predecessor Joe Biden'
const firstYear = "In Trump's first year back"

test('after h the next keys are shortcuts, not note text; n then writes in the new highlight’s note', async ({
  page,
  ws
}) => {
  const highlightNote = ws.panel.getByRole('textbox', { name: 'Highlight note' })
  await ws.press('j', 'h')
  await expect(ws.claims.nth(0).locator('.highlight')).toHaveCount(1)
  await expect(ws.claims.nth(0)).toBeFocused()
  // What a reviewer types next: move on and mark the next claim disputed.
  await ws.press('j', '2')
  await expect(ws.claims.nth(1)).toBeFocused()
  await expect(ws.claims.nth(1)).toHaveAccessibleDescription(/Disputed/)
  await ws.press('k')
  await expect(highlightNote).toHaveValue('')

  // Asked for: n straight after h opens the highlight's note; after that, n is the claim's note.
  await ws.press('j', 'j', 'h', 'n')
  await expect(highlightNote.last()).toBeFocused()
  await page.keyboard.type('Why this passage.')
  await ws.press('Escape')
  await expect(ws.claims.nth(2)).toBeFocused()
  const claimNote = ws.panel.getByRole('textbox', { name: 'Note', exact: true })
  await ws.press('n')
  await expect(claimNote).toBeFocused()
  await expect(claimNote).toHaveValue('')
})

test('Tab goes from a claim straight past its ∑ chips; the arrow keys reach them', async ({ page, ws }) => {
  const chips = ws.article.getByRole('button', { name: /^Number check:/ })
  await expect(chips).toHaveCount(3)
  for (const chip of await chips.all()) await expect(chip).toHaveAttribute('tabindex', '-1')

  const claim = ws.claim(firstYear)
  await claim.click()
  await claim.focus()
  await ws.press('Tab')
  const focusLeftTheArticle = await page.evaluate(
    () => document.activeElement !== null && document.activeElement.closest('article') === null
  )
  expect(focusLeftTheArticle, 'Tab leaves the article for the panel').toBe(true)

  await claim.focus()
  await ws.press('ArrowRight')
  await expect(chips.nth(1)).toBeFocused()
  await ws.press('ArrowRight')
  await expect(chips.nth(2)).toBeFocused()
  await ws.press('ArrowLeft', 'ArrowLeft')
  await expect(claim).toBeFocused()
  await ws.press('ArrowRight', 'Escape')
  await expect(claim).toBeFocused()
  // A claim without a chip: → does nothing.
  await ws.claim(biden).focus()
  await ws.press('ArrowRight')
  await expect(chips.nth(0)).toBeFocused()
  await ws.press('Enter')
  await expect(page.getByRole('tab', { name: /Checks/ })).toHaveAttribute('aria-selected', 'true')
})

test('a newer error of the same kind replaces the older one', async ({ page, ws }) => {
  await ws.waitForArticle()
  await pickFile(page, 'empty.txt', '   \n')
  await expect(page.getByRole('alert')).toHaveText(/“empty.txt” is empty/)
  await pickFile(page, 'slides.pptx', 'PK not really')
  await expect(page.getByRole('alert')).toHaveText(/“slides.pptx” is not a file Claimcheck can import/)
  await expect(page.getByRole('region', { name: 'Messages' }).getByRole('alert')).toHaveCount(1)
})

test('the browser host keeps its address and token across a restart, and an open tab reconnects by itself', async ({
  page,
  dataDir,
  startHost
}) => {
  const first = await startHost({ port: null })
  const ws = new WorkspacePage(page)
  await ws.open(first.url)
  if (process.platform !== 'win32') {
    expect((await stat(join(dataDir, 'browser-host.json'))).mode & 0o777, 'owner-only').toBe(0o600)
  }
  await first.stop()

  // The tab finds the host gone at its next call, says so, and waits for it.
  await ws.claim(biden).click()
  await ws.press('1')
  await expect(page.getByText(/browser host is not answering\. Reconnecting/)).toBeVisible()

  const second = await startHost({ port: null })
  expect(second.url, 'the same port and token').toBe(first.url)
  await expect(page.getByText(/Reconnecting/)).toHaveCount(0)
  await ws.waitForArticle()
  await ws.claim(biden).click()
  await ws.press('1')
  await ws.expectSaved()

  // A bookmark of the bare address, with no token in it, opens the app.
  const bookmark = new URL(second.url)
  bookmark.search = ''
  const tab = await page.context().newPage()
  await tab.goto(bookmark.href)
  await new ReadingPage(tab).waitForArticle()
})

test('a remembered port that is taken now gives way to another; a port asked for that is taken is refused', async ({
  startHost
}) => {
  const first = await startHost({ port: null })
  await first.stop()
  const port = new URL(first.url).port
  const squatter = createServer()
  await new Promise<void>((resolve) => squatter.listen(Number(port), '127.0.0.1', resolve))
  try {
    const second = await startHost({ port: null })
    expect(new URL(second.url).port).not.toBe(port)
    expect(new URL(second.url).searchParams.get('token')).toBe(new URL(first.url).searchParams.get('token'))
    await second.stop()
    await expect(startHost({ port })).rejects.toThrow(
      new RegExp(`Port ${port} is in use\\. Choose another with --port or CLAIMCHECK_PORT`)
    )
  } finally {
    await new Promise((resolve) => squatter.close(resolve))
  }
})

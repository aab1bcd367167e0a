/**
 * Issue 24: what a fact-checker hit in an afternoon's work. `h` keeps the keyboard on the claim;
 * ∑ chips are reached by the arrow keys, not Tab; notices of a kind replace each other; the claim
 * panel says what Claimcheck read; All claims searches, filters by document and by "seen
 * elsewhere"; the browser host keeps its address across restarts, and an open tab reconnects.
 */
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { projectRoot } from './app'
import { importAndOpen, pickFile } from './import-helpers'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { makeReview, ReadingPage } from './reading-page'
import { WorkspacePage } from './workspace-page'

const biden = 'Under predecessor Joe Biden'
const firstYear = "In Trump's first year back"
const escalation = 'This escalation coincided'

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

test('the claim panel says what Claimcheck read, with a jump to each number check', async ({ page, ws }) => {
  await ws.claim(firstYear).click()
  const reading = ws.panel.getByRole('region', { name: 'What Claimcheck read' })
  await expect(reading).toContainText('Numbers')
  await expect(reading).toContainText(/Check-worthy(Yes|Not marked): rated above \d+% of the sentences/)
  const checks = reading.getByRole('listitem')
  await expect(checks).toHaveCount(2)
  await expect(checks.nth(1)).toContainText('roughly adds up')
  await expect(checks.nth(1)).toContainText('(157 − 38) ÷ 38')
  await checks.nth(1).getByRole('button', { name: 'Open in Checks' }).click()
  await expect(page.getByRole('tab', { name: /Checks/ })).toHaveAttribute('aria-selected', 'true')
  const card = page.getByRole('tabpanel', { name: /Checks/ }).locator('li[aria-current="true"]')
  await expect(card).toContainText('(157 − 38) ÷ 38')
  await expect(ws.selectedClaim).toContainText(firstYear)

  // A claim with no figures says so.
  await ws.claims.nth(0).click()
  await expect(reading).toContainText(/Number checks\s*None/)
  await expect(reading.getByRole('listitem')).toHaveCount(0)
})

test('All claims: search by words, filter by document, and by "Seen elsewhere"', async ({ page, ws }) => {
  test.slow()
  const fixture = (name: string) => readFile(join(projectRoot, 'test', 'fixtures', 'matching', name), 'utf8')
  await importAndOpen(page, 'shipping-news.txt', await fixture('shipping-news.txt'))
  await importAndOpen(page, 'harbour-report.txt', await fixture('harbour-report.txt'))
  await ws.waitForArticle('Harbour Report 2022')
  await ws.setStatus('Rotterdam', 'Disputed')

  await page.getByRole('button', { name: 'All claims' }).click()
  const view = page.getByRole('region', { name: 'All claims' })
  const rows = view.getByRole('list', { name: 'Claims across the library' }).getByRole('listitem')
  const count = view.getByRole('status')
  await expect(count).toHaveText(/^\d+ of \d+ claims$/)

  await view.getByRole('searchbox', { name: 'Search the claims, notes and tags' }).fill('rotterdam')
  await expect(count).toHaveText(/^2 of \d+ claims$/)
  await view.getByRole('combobox', { name: 'Document' }).selectOption({ label: 'Shipping News' })
  await expect(count).toHaveText(/^1 of \d+ claims$/)
  await expect(rows).toContainText('In 2022 the port of Rotterdam')

  await view.getByRole('searchbox', { name: 'Search the claims, notes and tags' }).fill('')
  await view.getByRole('combobox', { name: 'Document' }).selectOption({ label: 'Every document' })
  await view.getByRole('checkbox', { name: 'Seen elsewhere' }).check()
  await expect(count).toHaveText(/^1 of \d+ claims$/)
  await expect(rows).toContainText('Shipping News')
  await expect(rows).toContainText('In 2022 the port of Rotterdam')
  await expect(rows.getByText('Seen elsewhere')).toBeVisible()
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

test('printed, the article fills the printable width and no ∑ badge is on paper', async ({ page, ws }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await makeReview(ws)
  await page.emulateMedia({ media: 'print' })
  const width = await ws.article.evaluate((article) => ({
    article: article.getBoundingClientRect().width,
    page: document.documentElement.clientWidth
  }))
  expect(width.article / width.page, 'share of the page the article uses').toBeGreaterThan(0.95)
  for (const chip of await ws.article.locator('.check-chip').all()) await expect(chip).toBeHidden()
  // Back to no emulation: page.pdf prints with the print styles unless told the screen's.
  await page.emulateMedia({ media: null })

  // The same on paper: an A4 PDF, read back with pdf.js.
  const pdf = await page.pdf({ format: 'A4' })
  const printed = await getDocument({ data: new Uint8Array(pdf) }).promise
  const first = await printed.getPage(1)
  const [, , pageWidth = 0] = first.view
  const lines = (await first.getTextContent()).items.flatMap((item) =>
    'str' in item && item.str.trim()
      ? [{ left: item.transform[4] as number, right: (item.transform[4] as number) + item.width }]
      : []
  )
  const left = Math.min(...lines.map((line) => line.left))
  const right = Math.max(...lines.map((line) => line.right))
  // @page margins are 16 mm a side: the text spans nearly all that is left.
  const printable = pageWidth - 2 * (16 / 25.4) * 72
  expect((right - left) / printable, 'share of the printable width the text uses').toBeGreaterThan(0.9)
  let text = ''
  for (let number = 1; number <= printed.numPages; number++) {
    const items = (await (await printed.getPage(number)).getTextContent()).items
    text += items.map((item) => ('str' in item ? item.str : '')).join(' ')
  }
  expect(text).toContain('Under predecessor Joe Biden')
  expect(text).not.toContain('∑')
})

/** Biden's claim ends on the line where the first-year claim starts; that one ends beside the next. */
async function reviewSharedLines(ws: WorkspacePage, page: Page): Promise<void> {
  await ws.claim(biden).click()
  await ws.press('1')
  await ws.claim(firstYear).click()
  await ws.press('2', 'n')
  await page.keyboard.type('313% is not 300%.')
  await ws.press('Escape')
  await ws.claim(escalation).click()
  await ws.press('3')
  await ws.expectSaved()
}

test('one margin bar per line, in its most severe verdict, naming the claims on it', async ({ page, ws }) => {
  await reviewSharedLines(ws, page)
  const bars = page.locator('.verdict-mark')
  await expect(bars.first()).toBeVisible()
  const boxes = await bars.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect()
      return {
        top: box.top,
        bottom: box.bottom,
        left: box.left,
        verdict: element.className.replace(/.*verdict-mark--/, ''),
        title: element.getAttribute('title') ?? ''
      }
    })
  )
  // Never side by side: every bar in one column, none overlapping another.
  expect(new Set(boxes.map((box) => box.left)).size).toBe(1)
  const sorted = [...boxes].sort((a, b) => a.top - b.top)
  for (const [index, box] of sorted.entries()) {
    const next = sorted[index + 1]
    if (next) expect(next.top, 'bars do not overlap').toBeGreaterThanOrEqual(box.bottom - 0.5)
  }
  // The line where the verified claim ends and the disputed one starts is disputed, and says both.
  const shared = boxes.find(
    (box) => box.title.includes('Under predecessor Joe Biden') && box.title.includes(firstYear)
  )
  expect(shared?.verdict).toBe('disputed')
  expect(shared?.title).toContain('Verified: “Under predecessor Joe Biden')
  expect(shared?.title).toContain(`Disputed: “${firstYear}`)
  // The bar takes the pointer (so its tooltip shows), while the margin around it does not.
  const pointer = await bars.first().evaluate((element) => getComputedStyle(element).pointerEvents)
  expect(pointer).toBe('auto')
})

for (const width of [800, 1280, 1600]) {
  test(`a claim's end marks are no wider than an ordinary word, so they never force a ragged break, at ${width} px`, async ({
    page,
    ws
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await reviewSharedLines(ws, page)
    // What is glued to a claim's last word: its own icons, and the ∑ chips drawn right after it.
    const ends = await ws.claims.evaluateAll((claims) =>
      claims.flatMap((claim) => {
        const own = claim.querySelector(':scope > .claim-end')
        const next = claim.nextElementSibling
        const chips = next?.classList.contains('claim-checks') ? next : null
        const parts = [own, chips].filter((part): part is Element => part !== null)
        if (parts.length === 0) return []
        const boxes = parts.map((part) => part.getBoundingClientRect())
        const fontSize = Number.parseFloat(getComputedStyle(claim).fontSize)
        const width = Math.max(...boxes.map((box) => box.right)) - Math.min(...boxes.map((box) => box.left))
        return [{ em: width / fontSize, text: parts.map((part) => part.textContent).join('') }]
      })
    )
    expect(ends.length).toBeGreaterThanOrEqual(3)
    // 3.5 em is a word like "averaging" in the article's type: no wider than the words it breaks between.
    for (const end of ends) expect(end.em, `end marks “${end.text}”`).toBeLessThan(3.5)
  })
}

/**
 * Issue 3 in the reading view: check-worthy claims are marked, number checks sit beside their
 * claims, and the Claims, Quotes and Checks panels list them with jump-to.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { projectRoot } from './app'
import { expect, test } from './fixtures'

interface ClaimsReport {
  claims: { text: string; score: number; checkWorthy: boolean }[]
}

test('check-worthy claims are marked and say so to assistive technology', async ({ ws }) => {
  await expect(ws.claim("In Trump's first year back")).toHaveAccessibleDescription(/^Check-worthy claim\./)
  await expect(ws.claim("Trump's recent remarks underscore")).toHaveAccessibleDescription(/^Claim\./)
})

test('the page underlines exactly the claims `claimcheck claims --json` marks, and the panel agrees', async ({
  ws
}) => {
  // The same article through the command line (built with the app): its calibrated flag per claim.
  const report = JSON.parse(
    execFileSync(
      process.execPath,
      [
        join(projectRoot, 'bin/claimcheck.mjs'),
        'claims',
        '--json',
        join(projectRoot, 'resources/sample-article.txt')
      ],
      { encoding: 'utf8' }
    )
  ) as ClaimsReport
  const marked = report.claims.filter((claim) => claim.checkWorthy)
  // The top of the article, not nearly every sentence as the old line (0.5) marked.
  expect(marked.length).toBeGreaterThan(0)
  expect(marked.length).toBeLessThanOrEqual(report.claims.length / 4)
  await expect(ws.claims).toHaveCount(report.claims.length)
  await expect(ws.article.locator('.claim--worthy')).toHaveText(marked.map((claim) => claim.text))

  // A claim the old line underlined and the calibrated one does not, and one it does.
  const unmarked = report.claims.find((claim) => !claim.checkWorthy && claim.score >= 0.5)
  expect(unmarked).toBeDefined()
  const reading = ws.panel.getByRole('region', { name: 'What Claimcheck read' })
  await ws.claim(unmarked!.text.slice(0, 40)).click()
  await expect(ws.selectedClaim).not.toHaveClass(/claim--worthy/)
  await expect(reading).toContainText('Not marked: rated above')
  await ws.claim(marked[0]!.text.slice(0, 40)).click()
  await expect(ws.selectedClaim).toHaveClass(/claim--worthy/)
  await expect(reading).toContainText('Yes: rated above')
})

test('the three number checks sit beside their claims with the working in their names', async ({ ws }) => {
  const chips = ws.article.getByRole('button', { name: /^Number check:/ })
  await expect(chips).toHaveCount(3)
  await expect(chips.nth(0)).toHaveAccessibleName(
    'Number check: Adds up. 13,897 ÷ 366 days = 37.97 per day; stated 38 (matches as stated)'
  )
  await expect(chips.nth(2)).toHaveAccessibleName(/Roughly adds up\. \(157 − 38\) ÷ 38 = \+313\.2%/)
})

test('a check chip opens the Checks panel, whose links jump to each claim', async ({ page, ws }) => {
  await ws.article.getByRole('button', { name: /^Number check: Roughly/ }).click()
  const checks = page.getByRole('tabpanel', { name: /Checks/ })
  await expect(checks.getByRole('listitem')).toHaveCount(3)
  await checks.getByRole('button', { name: 'Go to claim 2' }).click()
  await expect(ws.selectedClaim).toContainText("In Trump's first year back")
  await expect(ws.selectedClaim).toBeFocused()
  await expect(page.getByRole('tab', { name: /Checks/ })).toHaveAttribute('aria-selected', 'true')
})

test('the Quotes panel lists each speaker with their quotes and jumps to them', async ({ page, ws }) => {
  await page.getByRole('tab', { name: 'Quotes' }).click()
  const quotes = page.getByRole('tabpanel', { name: 'Quotes' })
  await expect(quotes.getByRole('heading', { level: 3 })).toHaveText([
    'Fiona Hill 2',
    'Donald Trump 1',
    'Jim Townsend 1',
    'John Bolton 1',
    'Musalia Mudavadi 1'
  ])
  // "…," he told reporters: the speaker is inferred from the sentence before, and the panel says so.
  await expect(quotes.getByRole('region', { name: 'Donald Trump' }).getByRole('listitem')).toContainText(
    'inferred speaker'
  )
  await expect(quotes.getByRole('region', { name: 'John Bolton' })).not.toContainText('inferred')
  await quotes.getByRole('region', { name: 'John Bolton' }).getByRole('button').click()
  await expect(ws.selectedClaim).toContainText('John Bolton, a former Trump national security adviser')
})

test('the Claims panel groups claims by kind, and clicking a claim in the article shows its detail', async ({
  page,
  ws
}) => {
  await page.getByRole('tab', { name: 'Claims' }).click()
  const claims = page.getByRole('tabpanel', { name: 'Claims' })
  // Highest score first: the retrained model rates the 57,333 surge above the CSIS estimate.
  await expect(claims.getByRole('region', { name: 'Numbers' }).getByRole('button').first()).toContainText(
    "In Trump's first year back"
  )
  await ws.claim('The conflict has intensified').click()
  await expect(page.getByRole('tab', { name: 'Claim', exact: true })).toHaveAttribute('aria-selected', 'true')
  await expect(ws.panel).toContainText('The conflict has intensified')
})

test('filtering to check-worthy claims dims the rest and j skips them', async ({ page, ws }) => {
  await page.keyboard.press('/')
  await page.getByRole('combobox', { name: 'Filter by kind' }).selectOption('check-worthy')
  await expect(page.getByRole('status').filter({ hasText: /claims match/ })).toHaveText('3 claims match')
  await page.keyboard.press('Escape')
  await ws.claim('In a stark departure').focus()
  await page.keyboard.press('/')
  await page.getByRole('combobox', { name: 'Filter by kind' }).selectOption('numeric')
  await ws.claim('Under predecessor Joe Biden').click()
  await page.keyboard.press('j')
  await expect(ws.selectedClaim).toContainText("In Trump's first year back")
  await page.keyboard.press('j')
  await expect(ws.selectedClaim).toContainText('According to the Institute for the Study of War')
})

/**
 * Claims the library has met before (issue 13, points 3 and 4): a claim reviewed in one document
 * shows as "Seen in" on its paraphrase in another, with a jump to it; a published fact-check
 * imported from a ClaimReview feed shows on the claims it matches; a filter for each; axe finds
 * nothing serious in either.
 */
import AxeBuilder from '@axe-core/playwright'
import { type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { projectRoot } from './app'
import { expect, test } from './fixtures'
import { documentRows, dropFile, importAndOpen, openLibrary } from './import-helpers'

const fixture = (path: string): Promise<string> =>
  readFile(join(projectRoot, 'test', 'fixtures', path), 'utf8')

const SHIPS_NOTE = 'The port authority counted 4,120 ships, not 4,210.'

test('a claim reviewed in one document is seen in another that says the same, with a jump to it and a filter', async ({
  page,
  ws
}) => {
  // Two documents, a review, the library and a jump between them: a long journey, given the time of three.
  test.slow()
  await importAndOpen(page, 'shipping-news.txt', await fixture('matching/shipping-news.txt'))
  await importAndOpen(page, 'harbour-report.txt', await fixture('matching/harbour-report.txt'))
  await ws.waitForArticle('Harbour Report 2022')
  await ws.setStatus('Rotterdam', 'Disputed')
  await ws.note.fill(SHIPS_NOTE)
  await ws.waitUntilSaved()

  await openLibrary(page)
  await documentRows(page).getByRole('button', { name: 'Shipping News', exact: true }).click()
  await ws.waitForArticle('Shipping News')
  await ws.claim('In 2022 the port of Rotterdam').click()
  const seenIn = ws.panel.getByRole('region', { name: 'Seen in' })
  await expect(seenIn.getByRole('button', { name: 'Go to the claim in “Harbour Report 2022”' })).toBeVisible()
  await expect(seenIn.getByText('Disputed', { exact: true })).toBeVisible()
  await expect(seenIn.getByText(SHIPS_NOTE)).toBeVisible()
  // Shared words alone are not the same claim: the freight claim has no "Seen in".
  await ws.claim('Freight rates fell').click()
  await expect(seenIn).toBeHidden()

  await ws.press('/')
  await page.getByRole('search').getByRole('checkbox', { name: 'Checked elsewhere' }).check()
  await expect(page.getByText('1 claim matches')).toBeVisible()
  await ws.press('Escape')

  await ws.claim('In 2022 the port of Rotterdam').click()
  await seenIn.getByRole('button', { name: 'Go to the claim in “Harbour Report 2022”' }).click()
  await ws.waitForArticle('Harbour Report 2022')
  await expect(ws.selectedClaim).toContainText("Rotterdam's port handled a record 4,210 ships in 2022.")
  await expect(ws.selectedClaim).toBeFocused()
  await expect(ws.note).toHaveValue(SHIPS_NOTE)
})

test('a dropped ClaimReview feed shows its fact-checks on matching claims, filters them, and can be removed', async ({
  page,
  ws
}) => {
  // An import, a feed, the library and back: a long journey, given the time of three.
  test.slow()
  await importAndOpen(page, 'shipping-news.txt', await fixture('matching/shipping-news.txt'))
  await ws.waitForArticle('Shipping News')
  await dropFile(page, 'claim-reviews.jsonld', await fixture('fact-checks/claim-reviews.jsonld'))
  await expect(page.getByText('2 published fact-checks added from “claim-reviews.jsonld”.')).toBeVisible()
  await ws.waitForArticle('Shipping News')

  await ws.claim('In 2022 the port of Rotterdam').click()
  const published = ws.panel.getByRole('region', { name: 'Published fact-checks' })
  await expect(published.getByText('Factdesk', { exact: true })).toBeVisible()
  await expect(published.getByText('Mostly false')).toBeVisible()
  await expect(published.locator('time')).toHaveAttribute('datetime', '2023-02-14')
  await expect(published.getByRole('link', { name: 'Read the fact-check by Factdesk' })).toHaveAttribute(
    'href',
    'https://factdesk.example.org/checks/port-ships-2022'
  )

  await ws.press('/')
  await page.getByRole('search').getByRole('checkbox', { name: 'Published fact-check' }).check()
  await expect(page.getByText('1 claim matches')).toBeVisible()
  await ws.press('Escape')

  await openLibrary(page)
  const list = page.getByRole('region', { name: 'Published fact-checks' })
  await expect(list.getByRole('heading', { name: 'Published fact-checks (2)' })).toBeVisible()
  await list.getByRole('button', { name: /^Remove the fact-check by Factdesk/ }).click()
  await expect(list.getByRole('heading', { name: 'Published fact-checks (1)' })).toBeVisible()
  await page.getByRole('button', { name: 'Library', exact: true }).click()
  await ws.waitForArticle('Shipping News')
  await ws.claim('In 2022 the port of Rotterdam').click()
  await expect(ws.panel.getByRole('region', { name: 'Published fact-checks' })).toBeHidden()
})

test('the panel’s published fact-checks and the library’s list have no serious or critical violation, in dark mode', async ({
  page,
  ws
}) => {
  // An import, a feed and two axe runs: a long test, given the time of three.
  test.slow()
  await page.emulateMedia({ colorScheme: 'dark' })
  await importAndOpen(page, 'shipping-news.txt', await fixture('matching/shipping-news.txt'))
  await ws.waitForArticle('Shipping News')
  await dropFile(page, 'claim-reviews.jsonld', await fixture('fact-checks/claim-reviews.jsonld'))
  await expect(page.getByText('2 published fact-checks added from “claim-reviews.jsonld”.')).toBeVisible()
  await ws.claim('In 2022 the port of Rotterdam').click()
  await expect(ws.panel.getByRole('region', { name: 'Published fact-checks' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await openLibrary(page)
  await expect(page.getByRole('region', { name: 'Published fact-checks' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

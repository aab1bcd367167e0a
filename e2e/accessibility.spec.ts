/** axe-core finds no serious or critical violation: reading view, panel open, dark mode, dialogs. */
import AxeBuilder from '@axe-core/playwright'
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { WorkspacePage } from './workspace-page'

// axe walks every node of the reading view (hundreds of claims with their marks): on a 2-core CI
// machine running two workers, one scan alone can take most of the default 30 s.
test.describe.configure({ timeout: 90_000 })

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ') + ' ' + (node.any[0]?.message ?? '')).join(', ')}`
    )
}

/** A reviewed page: statuses, a note, a source, a tag, a highlight, the panel open on a claim. */
async function reviewSome(ws: WorkspacePage, page: Page): Promise<void> {
  await ws.press('j', '1', 'j', '2', 'j', '3', 'n')
  await expect(ws.note).toBeFocused()
  await page.keyboard.type('See https://www.understandingwar.org for the series.')
  await ws.press('Escape', 'h', 'Escape', 't')
  await expect(ws.tagInput).toBeFocused()
  await page.keyboard.type('numbers')
  await ws.press('Enter', 'Escape')
  await ws.expectSaved()
}

test('the reading view with the side panel open has no serious or critical violation', async ({
  page,
  ws
}) => {
  await reviewSome(ws, page)
  expect(await seriousViolations(page)).toEqual([])
})

test('dark mode, with search open, has no serious or critical violation', async ({ page, ws }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await reviewSome(ws, page)
  await ws.press('/')
  await expect(ws.searchBox).toBeFocused()
  await page.keyboard.type('Trump')
  await ws.press('Enter')
  expect(await seriousViolations(page)).toEqual([])
})

test('the shortcuts dialog has no serious or critical violation', async ({ page, ws }) => {
  await ws.press('?')
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the web address dialog, with a refused address, has no serious or critical violation', async ({
  page,
  ws
}) => {
  await expect(ws.article).toBeVisible()
  await page.getByRole('button', { name: 'Import…' }).click()
  await page.getByRole('menuitem', { name: 'From a web address…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import from a web address' })
  await expect(dialog.getByRole('textbox', { name: 'Web address' })).toBeFocused()
  await page.keyboard.type('ftp://files.example.org/report.txt')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

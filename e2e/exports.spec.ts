/** Exports in the browser host: every format in the menu, and a backup dropped back in restores the review. */
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { dropFile } from './import-helpers'
import { makeReview } from './reading-page'

async function download(page: Page, format: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: format }).click()
  const file = await downloading
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') }
}

test('the Export menu offers every format, then who signs and how verdicts are published', async ({
  page,
  ws: _reading
}) => {
  await page.getByRole('button', { name: 'Export' }).click()
  await expect(page.getByRole('menuitem')).toHaveText([
    'Markdown (.md)',
    'Markdown, annotated article (.md)',
    'Report (HTML)',
    'W3C Web Annotations (.jsonld)',
    'ClaimReview for publishing (.jsonld)',
    'Spreadsheet (.csv)',
    'Backup (.claimcheck.json)',
    'Reviewer…',
    'Publishing…'
  ])
})

test('a backup dropped on the window, answered “Replace it”, brings back the same review', async ({
  page,
  ws: reading
}) => {
  await makeReview(reading)
  const before = await download(page, 'Markdown (.md)')
  const backup = await download(page, 'Backup (.claimcheck.json)')
  expect(backup.name).toMatch(/\.claimcheck\.json$/)

  await dropFile(page, backup.name, backup.text)
  const question = page.getByRole('dialog', { name: /is still in your library/ })
  await expect(question).toBeVisible()
  await question.getByRole('button', { name: 'Replace it' }).click()
  await expect(question).toBeHidden()

  const after = await download(page, 'Markdown (.md)')
  const withoutTime = (text: string) => text.replace(/^exported: .*$/m, '')
  expect(withoutTime(after.text)).toBe(withoutTime(before.text))
})

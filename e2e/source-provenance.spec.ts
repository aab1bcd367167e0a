/** Sources with provenance: accessed day, archived copy, what it shows; edit in place, reuse, Ctrl+Enter. */
import { readFile } from 'node:fs/promises'
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import type { WorkspacePage } from './workspace-page'

function today(): string {
  const now = new Date()
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

const field = (form: Locator, name: string) => form.getByLabel(name, { exact: false })

async function addFirstSource(ws: WorkspacePage): Promise<Locator> {
  await ws.claims.nth(0).click()
  await ws.sources.getByRole('button', { name: 'Add source' }).click()
  const form = ws.panel.getByRole('form', { name: 'New source' })
  await field(form, 'Link').fill('https://example.org/casualties')
  await field(form, 'Title').fill('Casualty count')
  await field(form, 'What it shows').fill('The count for the week, by region.')
  return form
}

test('a new source records today as its accessed day, and Ctrl+Enter adds it from any field', async ({
  page,
  ws
}) => {
  const form = await addFirstSource(ws)
  await expect(field(form, 'Accessed')).toHaveValue(today())
  await field(form, 'Archived copy').fill('https://web.archive.org/web/2026/https://example.org/casualties')
  await field(form, 'What it shows').focus()
  await page.keyboard.press('Control+Enter')
  await expect(form).toBeHidden()
  const item = ws.sources.getByRole('listitem')
  await expect(item).toContainText('The count for the week, by region.')
  await expect(item.locator('time')).toHaveAttribute('datetime', today())
  await expect(item.getByRole('link', { name: 'Archived copy' })).toHaveAttribute(
    'href',
    'https://web.archive.org/web/2026/https://example.org/casualties'
  )
})

test('a source is edited in place, refused with a clear message when the archive link is not a web link, and the edit undoes', async ({
  page,
  ws
}) => {
  await addFirstSource(ws)
  await page.keyboard.press('Control+Enter')
  await ws.sources.getByRole('button', { name: 'Edit source Casualty count' }).click()
  const form = ws.panel.getByRole('form', { name: 'Edit source' })
  await expect(field(form, 'Link')).toHaveValue('https://example.org/casualties')
  await field(form, 'Archived copy').fill('ftp://example.org/copy')
  await form.getByRole('button', { name: 'Save source' }).click()
  await expect(form.getByRole('alert')).toHaveText(
    'Enter an archive link that starts with http:// or https://, or leave it empty.'
  )
  await expect(field(form, 'Archived copy')).toBeFocused()
  await field(form, 'Archived copy').fill('')
  await field(form, 'Title').fill('Weekly casualty count')
  await field(form, 'Accessed').fill('2026-11-02')
  await form.getByRole('button', { name: 'Save source' }).click()
  const items = ws.sources.getByRole('listitem')
  await expect(items).toHaveCount(1)
  await expect(items.getByRole('link', { name: 'Weekly casualty count' })).toBeVisible()
  await expect(items.locator('time')).toHaveAttribute('datetime', '2026-11-02')
  await ws.expectSaved()

  await page.reload()
  await ws.waitForArticle()
  await ws.claims.nth(0).click()
  await expect(ws.sources.getByRole('link', { name: 'Weekly casualty count' })).toBeVisible()
  await ws.claims.nth(0).focus()
  await page.keyboard.press('Control+z')
  await expect(ws.sources.getByRole('link', { name: 'Casualty count', exact: true })).toBeVisible()
  await expect(ws.sources.locator('time')).toHaveAttribute('datetime', today())
})

test('a source cited on one claim is reused on another by picking it, and exports with its provenance', async ({
  page,
  ws
}) => {
  await addFirstSource(ws)
  await page.keyboard.press('Control+Enter')
  await ws.claims.nth(2).click()
  await ws.sources.getByRole('button', { name: 'Add source' }).click()
  const form = ws.panel.getByRole('form', { name: 'New source' })
  await field(form, 'Reuse a source from this article').selectOption({
    label: 'Casualty count — https://example.org/casualties'
  })
  await expect(field(form, 'Link')).toHaveValue('https://example.org/casualties')
  await expect(field(form, 'What it shows')).toHaveValue('The count for the week, by region.')
  await field(form, 'Quoted passage').fill('a second passage')
  await form.getByRole('button', { name: 'Add source' }).click()
  await expect(ws.sources.getByText('a second passage')).toBeVisible()
  await ws.expectSaved()

  await page.getByRole('button', { name: 'Export' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Spreadsheet (.csv)' }).click()
  const csv = await readFile(await (await downloading).path(), 'utf8')
  const cited = csv
    .split('\r\n')
    .filter((row) => row.includes('Casualty count <https://example.org/casualties>'))
  expect(cited).toHaveLength(2)
  for (const row of cited) expect(row).toContain(`(accessed ${today()}) — The count for the week, by region.`)
})

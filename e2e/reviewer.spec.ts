/** The reviewer who signs exports: asked for before the first ClaimReview, kept, and editable from the Export menu. */
import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { makeReview } from './reading-page'

test('a ClaimReview export without a reviewer asks for one, by keyboard, then exports signed', async ({
  page,
  ws: reading
}) => {
  await makeReview(reading)
  await page.getByRole('button', { name: 'Export' }).click()
  await page.getByRole('menuitem', { name: 'ClaimReview for publishing (.jsonld)' }).click()

  const dialog = page.getByRole('dialog', { name: 'Reviewer' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toHaveAccessibleDescription(/A ClaimReview names who reviewed the claims/)
  const name = dialog.getByLabel('Name')
  await expect(name).toBeFocused()
  await page.keyboard.type('Ada Reviewer')
  await page.keyboard.press('Tab')
  await expect(dialog.getByLabel('Organisation')).toBeFocused()
  await page.keyboard.type('Fact Desk')

  const downloading = page.waitForEvent('download', { timeout: 20_000 })
  await page.keyboard.press('Enter')
  const file = await downloading
  await expect(dialog).toBeHidden()
  const reviews = JSON.parse(await readFile(await file.path(), 'utf8')) as unknown
  expect(JSON.stringify(reviews)).toContain(
    '"author":{"@type":"Person","name":"Ada Reviewer","affiliation":{"@type":"Organization","name":"Fact Desk"}}'
  )
  await expect(page.getByRole('button', { name: 'Export' })).toBeFocused()

  // Set once: the next ClaimReview export goes straight through, and the menu shows what was saved.
  const again = page.waitForEvent('download', { timeout: 20_000 })
  await page.getByRole('button', { name: 'Export' }).click()
  await page.getByRole('menuitem', { name: 'ClaimReview for publishing (.jsonld)' }).click()
  await again
  await page.getByRole('button', { name: 'Export' }).click()
  await page.getByRole('menuitem', { name: 'Reviewer…' }).click()
  await expect(dialog.getByLabel('Name')).toHaveValue('Ada Reviewer')
  await expect(dialog.getByLabel('Organisation')).toHaveValue('Fact Desk')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

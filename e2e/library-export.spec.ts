/** Export the library in the browser host: one .zip download with one file per chosen document. */
import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { expect, test } from './fixtures'
import { documentRows, openLibrary, pickFile } from './import-helpers'

const articles = [
  {
    file: 'rents.md',
    text: '# Rents: up 40%?\n\nRents rose 40% in Leeds between 2015 and 2024, the council said.\n'
  },
  {
    file: 'water.md',
    text: '# Water & prices\n\nWater bills rose by £31 a year in 2023, according to Ofwat.\n'
  }
]

test('“Export library…” downloads one zip holding each chosen document’s CSV under its own name', async ({
  page,
  ws: _reading
}) => {
  for (const article of articles) {
    await pickFile(page, article.file, article.text)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      article.text.slice(2, article.text.indexOf('\n')),
      {
        timeout: 20_000
      }
    )
  }
  await openLibrary(page)
  await expect(documentRows(page)).toHaveCount(3)

  await page.getByRole('button', { name: 'Export library…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the library' })
  await dialog.getByLabel('Format').selectOption({ label: 'Spreadsheet (.csv)' })
  await expect(dialog.getByRole('checkbox', { name: 'All documents (3)' })).toBeChecked()
  await dialog.getByRole('checkbox', { name: 'Water & prices' }).uncheck()
  await expect(dialog.getByRole('checkbox', { name: 'All documents (3)' })).not.toBeChecked()

  const downloading = page.waitForEvent('download', { timeout: 30_000 })
  await dialog.getByRole('button', { name: 'Export 2 documents' }).click()
  const zip = await downloading
  expect(zip.suggestedFilename()).toBe('claimcheck-library-csv.zip')
  await expect(dialog).toBeHidden()
  await expect(
    page.getByRole('status').filter({ hasText: 'Downloaded claimcheck-library-csv.zip with 2 documents' })
  ).toBeVisible()

  const files = unzipSync(await readFile(await zip.path()))
  // Safe names: punctuation gone, the sample's long title cut to 80 characters.
  expect(Object.keys(files).sort()).toEqual([
    'rents-up-40.csv',
    'trump-pressures-ukraine-for-concessions-as-putins-war-escalates-under-us-policy.csv'
  ])
  const rents = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['rents-up-40.csv'])
  expect(rents.startsWith('\uFEFF')).toBe(true)
  expect(rents).toContain('Rents rose 40% in Leeds between 2015 and 2024, the council said.')
})

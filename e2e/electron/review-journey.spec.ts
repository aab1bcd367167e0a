/**
 * The same journey in the real Electron app. Runs where Electron's binary exists; elsewhere (CI,
 * machines that cannot download it) it reports itself skipped.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { methodNames } from '../../src/shared/method-names'
import { electronBinary } from '../app'
import { expect, test } from '../fixtures'
import { ReadingPage, expectExportedReview, expectReview, makeReview } from '../reading-page'

test.skip(
  electronBinary() === null,
  'Electron’s binary is not installed on this machine (run `npx install-electron`).'
)

test('review, restart, and export through the save dialog in the desktop app', async ({
  dataDir,
  startDesktop
}) => {
  const first = await startDesktop()
  const reading = new ReadingPage(first.window)
  await reading.waitForArticle()
  await makeReview(reading)
  await first.stop()

  const second = await startDesktop()
  const reopened = new ReadingPage(second.window)
  await reopened.waitForArticle()
  await expectReview(reopened)

  const target = join(dataDir, 'export.md')
  await second.app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = async () => ({ canceled: false, filePath })
  }, target)
  await second.window.getByRole('button', { name: 'Export' }).click()
  await second.window.getByRole('menuitem', { name: 'Markdown (.md)' }).click()
  await expect(second.window.getByText(`Exported to ${target}`)).toBeVisible()
  expectExportedReview(await readFile(target, 'utf8'))
})

test('the window has no Node and sees only the API functions from the preload', async ({ startDesktop }) => {
  const desktop = await startDesktop()
  const seen = await desktop.window.evaluate(() => {
    const scope = globalThis as Record<string, unknown>
    const api = scope['claimcheck'] as Record<string, unknown>
    return {
      require: typeof scope['require'],
      process: typeof scope['process'],
      ipcRenderer: typeof scope['ipcRenderer'],
      api: Object.keys(api).sort(),
      allFunctions: Object.values(api).every((value) => typeof value === 'function')
    }
  })
  expect(seen).toEqual({
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
    api: [...methodNames].sort(),
    allFunctions: true
  })
})

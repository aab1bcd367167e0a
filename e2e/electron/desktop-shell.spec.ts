/**
 * The desktop shell in the real Electron app: the application menu's File ▸ Export, and a file
 * passed on the command line (as the OS does for a file opened with Claimcheck). Runs where
 * Electron's binary exists; elsewhere it reports itself skipped.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { electronBinary, newDataDir, startElectronApp, type DesktopApp } from '../app'
import { expect, test } from '../fixtures'
import { ReadingPage, expectExportedReview, makeReview } from '../reading-page'

test.skip(
  electronBinary() === null,
  'Electron’s binary is not installed on this machine (run `npx install-electron`).'
)

/** Clicks a menu item by its path of labels, as a user would through the menu bar. */
async function clickMenu(desktop: DesktopApp, path: string[]): Promise<void> {
  await desktop.app.evaluate(({ Menu }, labels) => {
    type Item = { label: string; click: () => void; submenu?: { items: Item[] } | null }
    let items = (Menu.getApplicationMenu()?.items ?? []) as unknown as Item[]
    let found: Item | undefined
    for (const label of labels) {
      found = items.find((item) => item.label.replace('&', '') === label)
      if (!found) throw new Error(`No menu item “${label}”`)
      items = found.submenu?.items ?? []
    }
    found?.click()
  }, path)
}

test('File ▸ Export ▸ Markdown writes the review where the save dialog says', async ({
  dataDir,
  startDesktop
}) => {
  const desktop = await startDesktop()
  const reading = new ReadingPage(desktop.window)
  await reading.waitForArticle()
  await makeReview(reading)

  const target = join(dataDir, 'from-the-menu.md')
  await desktop.app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = async () => ({ canceled: false, filePath })
  }, target)
  await clickMenu(desktop, ['File', 'Export', 'Markdown (.md)'])
  await expect(desktop.window.getByText(`Exported to ${target}`)).toBeVisible()
  expectExportedReview(await readFile(target, 'utf8'))
})

test('a file passed on the command line is imported and opened; passed again, the same document opens', async ({
  dataDir
}) => {
  const file = join(await newDataDir(), 'rivers.md')
  await writeFile(
    file,
    '# Rivers of the North\n\nThe river rose by 3 metres in 2024. Officials said it was the highest in a century.\n'
  )
  const first = await startElectronApp(dataDir, [file])
  try {
    await new ReadingPage(first.window).waitForArticle('Rivers of the North')
  } finally {
    await first.stop()
  }

  const second = await startElectronApp(dataDir, [file])
  try {
    await new ReadingPage(second.window).waitForArticle('Rivers of the North')
    const titles = await second.window.evaluate(async () => {
      type Listed = { ok: boolean; value: { title: string }[] }
      const api = (
        globalThis as unknown as { claimcheck: { listDocuments: (input: object) => Promise<Listed> } }
      ).claimcheck
      const listed = await api.listDocuments({})
      return listed.ok ? listed.value.map((entry) => entry.title) : []
    })
    expect(titles.filter((title) => title === 'Rivers of the North')).toHaveLength(1)
  } finally {
    await second.stop()
  }
})

test('Help ▸ About names the versions and the data folder; Help ▸ Open Logs opens the log folder', async ({
  dataDir,
  startDesktop
}) => {
  const desktop = await startDesktop()
  await new ReadingPage(desktop.window).waitForArticle()
  await desktop.app.evaluate(({ dialog, shell, Menu }) => {
    const seen: { detail?: string; opened?: string } = {}
    ;(globalThis as Record<string, unknown>)['seenByTest'] = seen
    dialog.showMessageBox = (async (...args: unknown[]) => {
      seen.detail = (args.at(-1) as { detail: string }).detail
      return { response: 1, checkboxChecked: false }
    }) as typeof dialog.showMessageBox
    shell.openPath = async (path: string) => {
      seen.opened = path
      return ''
    }
    // By the command table's ids, which name the same items on every system.
    Menu.getApplicationMenu()?.getMenuItemById('help.about')?.click()
    Menu.getApplicationMenu()?.getMenuItemById('help.open-logs')?.click()
  })
  const seen = () =>
    desktop.app.evaluate(
      () => (globalThis as Record<string, unknown>)['seenByTest'] as { detail?: string; opened?: string }
    )
  await expect.poll(async () => (await seen()).opened).toBe(join(dataDir, 'logs'))
  await expect.poll(async () => (await seen()).detail ?? '').toContain(`Data folder: ${dataDir}`)
  expect((await seen()).detail).toMatch(/Electron: \d+\.\d+\.\d+\nChromium: \d+\.\d+/)
  expect(await readFile(join(dataDir, 'logs', 'claimcheck.log'), 'utf8')).toMatch(
    /INFO app\.started .*packaged=false/
  )
})

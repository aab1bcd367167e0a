/** Importing in the browser host as a user does: the file picker, a drop on the window, a paste. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, type FileChooser, type Page } from '@playwright/test'
import { apiRoute, TOKEN_HEADER, TOKEN_STORAGE_KEY } from '../src/shared/wire'
import { projectRoot } from './app'

export const fixture = (name: string): Promise<string> =>
  readFile(join(projectRoot, 'test', 'fixtures', 'import', name), 'utf8')

/** Clicks Import… → From a file… and answers the browser's file picker with `files` (a path, or a file's content). */
export async function chooseInPicker(
  page: Page,
  files: Parameters<FileChooser['setFiles']>[0]
): Promise<void> {
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import…' }).click()
  await page.getByRole('menuitem', { name: 'From a file…' }).click()
  await (await choosing).setFiles(files)
}

/** Pastes `text` outside any text field, as Ctrl+V on the page does. */
export async function pasteOnPage(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer()
    data.setData('text/plain', pasted)
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
    )
  }, text)
}

export async function pickFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  await chooseInPicker(page, { name, mimeType: 'text/plain', buffer })
}

/** Drops a file on the page the way the OS does: dragenter, dragover and drop carrying Files. */
export async function dropFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  // Bytes cross into the page as base64: evaluate's arguments are JSON.
  const base64 = Buffer.from(content).toString('base64')
  await page.evaluate(
    ([fileName, encoded]) => {
      const bytes = Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([bytes], fileName))
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true })
        )
      }
    },
    [name, base64] as const
  )
}

export async function openLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Library', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Library' })).toBeVisible()
}

export const documentRows = (page: Page) =>
  page.getByRole('list', { name: 'Documents' }).getByRole('listitem')

/**
 * Imports a file through the API the page itself uses (with its token), makes it the open
 * document, and reloads onto it: the quick way to set up a journey on an article of our own.
 */
export async function importAndOpen(page: Page, fileName: string, text: string): Promise<void> {
  const routes = { importFile: apiRoute('importFile'), openDocument: apiRoute('openDocument') }
  await page.evaluate(
    async ([name, body, wire]) => {
      const call = async (method: keyof typeof wire.routes, input: unknown) => {
        const response = await fetch(wire.routes[method], {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            [wire.header]: localStorage.getItem(wire.storageKey) ?? ''
          },
          body: JSON.stringify(input)
        })
        const result = await response.json()
        if (!result.ok) throw new Error(result.error.message)
        return result.value
      }
      const outcome = await call('importFile', { fileName: name, text: body })
      await call('openDocument', { documentId: outcome.entry.id })
    },
    [fileName, text, { routes, header: TOKEN_HEADER, storageKey: TOKEN_STORAGE_KEY }] as const
  )
  await page.reload()
}

/** Imports each file through the API the page itself uses (with its token), one after another. */
export async function importMany(page: Page, files: { fileName: string; text: string }[]): Promise<void> {
  await page.evaluate(
    async ([files, wire]) => {
      for (const file of files) {
        const response = await fetch(wire.route, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            [wire.header]: localStorage.getItem(wire.storageKey) ?? ''
          },
          body: JSON.stringify(file)
        })
        const result = await response.json()
        if (!result.ok) throw new Error(result.error.message)
      }
    },
    [files, { route: apiRoute('importFile'), header: TOKEN_HEADER, storageKey: TOKEN_STORAGE_KEY }] as const
  )
}

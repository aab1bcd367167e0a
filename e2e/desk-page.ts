/** One desk member's window on a browser host of their own: connect, open the desk document, review. */
import AxeBuilder from '@axe-core/playwright'
import { expect, type Browser, type Locator, type Page } from '@playwright/test'
import { startBrowserHost, type BrowserHost } from './app'
import { WorkspacePage } from './workspace-page'

export class DeskMember {
  readonly ws: WorkspacePage
  constructor(
    readonly name: string,
    readonly page: Page,
    readonly host: BrowserHost
  ) {
    this.ws = new WorkspacePage(page)
  }

  static async start(browser: Browser, name: string): Promise<DeskMember> {
    const host = await startBrowserHost()
    const context = await browser.newContext()
    const page = await context.newPage()
    const member = new DeskMember(name, page, host)
    await member.ws.open(host.url)
    return member
  }

  async stop(): Promise<void> {
    await this.page.context().close()
    await this.host.stop()
  }

  get header(): Locator {
    return this.page.getByRole('banner')
  }

  /** The sync state in words, as the header shows it. */
  get syncState(): Locator {
    return this.header.getByTestId('desk-sync')
  }

  get deskSection(): Locator {
    return this.ws.panel.getByRole('region', { name: 'Desk' })
  }

  async connect(deskUrl: string, password: string): Promise<void> {
    await this.header.getByRole('button', { name: 'Desk', exact: true }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Connect to a desk' })
    await dialog.getByLabel('Desk address').fill(deskUrl)
    await dialog.getByLabel('Name').fill(this.name)
    await dialog.getByLabel('Password').fill(password)
    await dialog.getByRole('button', { name: 'Connect' }).click()
    await expect(dialog).toBeHidden()
  }

  /** Opens the desk's copy of a document from the library (it arrives by sync). */
  async openDeskDocument(title: string): Promise<void> {
    const library = this.header.getByRole('button', { name: 'Library' })
    if ((await library.getAttribute('aria-pressed')) !== 'true') await library.click()
    const row = this.page
      .getByRole('list', { name: 'Documents' })
      .getByRole('listitem', { name: title })
      .filter({ has: this.page.locator('.desk-badge') })
    await expect(row).toHaveCount(1, { timeout: 30_000 })
    await row.getByRole('button', { name: title, exact: true }).click()
    await this.ws.waitForArticle(title)
    await expect(this.page.getByRole('region', { name: 'Desk document' })).toBeVisible()
  }
}

/**
 * axe-core's serious and critical violations in the desk's parts of the page (the header, the
 * desk document's bar, the claim panel, open dialogs), each with where. The article itself is
 * left out: its hundreds of claims make a whole-page scan take most of a minute on a busy machine,
 * and accessibility.spec.ts scans it.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('.app-header')
    .include('.desk-document-bar')
    .include('.side-panel')
    .include('dialog[open]')
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

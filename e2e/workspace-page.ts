/** The annotation workspace as a user sees it: the reading page plus shortcuts, search and highlights. */
import { expect, type Locator, type Page } from '@playwright/test'
import { ReadingPage } from './reading-page'

export class WorkspacePage extends ReadingPage {
  constructor(page: Page) {
    super(page)
  }

  /** The claim that is selected (aria-pressed) — there is at most one. */
  get selectedClaim(): Locator {
    return this.article.locator('.claim[aria-pressed="true"]')
  }

  get claims(): Locator {
    return this.article.locator('.claim')
  }

  get progress(): Locator {
    return this.page.getByText(/\d+ of \d+ claims reviewed/)
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search the article and notes' })
  }

  get highlights(): Locator {
    return this.article.locator('.highlight')
  }

  get sources(): Locator {
    return this.panel.getByRole('region', { name: 'Sources' })
  }

  get tagInput(): Locator {
    return this.panel.getByRole('combobox', { name: 'Tags' })
  }

  /** Loads the app and waits for the article, with nothing focused yet. */
  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.waitForArticle()
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key)
  }

  /** Selects text with the mouse, from the start of one element to the middle of another. */
  async dragSelect(from: Locator, to: Locator): Promise<void> {
    const start = await from.boundingBox()
    const end = await to.boundingBox()
    if (!start || !end) throw new Error('Cannot select text that is not on screen.')
    await this.page.mouse.move(start.x + 1, start.y + start.height / 2)
    await this.page.mouse.down()
    await this.page.mouse.move(end.x + end.width / 2, end.y + 8, { steps: 5 })
    await this.page.mouse.up()
  }

  async expectSaved(): Promise<void> {
    await expect(this.panel.getByText('All changes saved')).toBeVisible()
  }
}

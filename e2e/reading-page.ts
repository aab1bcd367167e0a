/** The reading view as a user sees it: claims by their text, the panel's buttons by their names. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'
import { buildArticle } from '../src/shared/document/build-article'
import { parsePlainText } from '../src/shared/text/plain-text'
import { projectRoot } from './app'

export const SAMPLE_TITLE =
  "Trump Pressures Ukraine for Concessions as Putin's War Escalates Under U.S. Policy Shift"

/** How many claims the sample has, by the same import the app runs (the UI must show this count). */
export const sampleClaimCount = buildArticle(
  parsePlainText(
    readFileSync(join(projectRoot, 'resources', 'sample-article.txt'), 'utf8'),
    'sample-article.txt'
  )
).claims.length

export class ReadingPage {
  constructor(readonly page: Page) {}

  get article(): Locator {
    return this.page.getByRole('article', { name: 'Article' })
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Claim' })
  }

  get note(): Locator {
    return this.panel.getByRole('textbox', { name: 'Note' })
  }

  claim(startsWith: string): Locator {
    return this.article.locator('.claim', { hasText: startsWith }).first()
  }

  statusButton(name: 'Verified' | 'Disputed' | 'Needs source' | 'Clear status'): Locator {
    return this.panel.getByRole('button', { name, exact: true })
  }

  /** `timeout` for imports that are slow by design (a page of 130 attack payloads, say). */
  async waitForArticle(title = SAMPLE_TITLE, timeout?: number): Promise<void> {
    await expect(this.article.getByRole('heading', { level: 1 })).toHaveText(title, { timeout })
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.panel.getByRole('status')).toHaveText('All changes saved')
  }

  async setStatus(claimText: string, status: 'Verified' | 'Disputed' | 'Needs source'): Promise<void> {
    await this.claim(claimText).click()
    await this.statusButton(status).click()
    await expect(this.statusButton(status)).toHaveAttribute('aria-pressed', 'true')
    await this.waitUntilSaved()
  }
}

/** Three claims, three statuses, one note: the review every host must keep across a restart. */
export const review = {
  verified: 'Under predecessor Joe Biden',
  disputed: "In Trump's first year back",
  needsSource: 'This escalation coincided',
  note: 'ISW counts differ: check the monthly series.'
} as const

export async function makeReview(reading: ReadingPage): Promise<void> {
  await reading.setStatus(review.verified, 'Verified')
  await reading.setStatus(review.disputed, 'Disputed')
  await reading.setStatus(review.needsSource, 'Needs source')
  await reading.note.fill(review.note)
  await reading.waitUntilSaved()
}

export async function expectReview(reading: ReadingPage): Promise<void> {
  await expect(reading.claim(review.verified)).toHaveAccessibleDescription(/Verified/)
  await expect(reading.claim(review.disputed)).toHaveAccessibleDescription(/Disputed/)
  await expect(reading.claim(review.needsSource)).toHaveAccessibleDescription(/Needs source, has a note/)
  await reading.claim(review.needsSource).click()
  await expect(reading.note).toHaveValue(review.note)
  await expect(reading.page.getByText(`3 of ${sampleClaimCount} claims reviewed`)).toBeVisible()
}

/** What the Markdown export must contain for that review. */
export function expectExportedReview(markdown: string): void {
  expect(markdown).toMatch(/^---\ntitle: .*Trump Pressures Ukraine/)
  expect(markdown).toContain('verified: 1\ndisputed: 1\nneeds_source: 1')
  expect(markdown).toContain('## Verified\n\n> Under predecessor Joe Biden, Russia launched 13,897 missiles')
  expect(markdown).toContain("## Disputed\n\n> In Trump's first year back")
  expect(markdown).toContain('## Needs source\n\n> This escalation coincided')
  expect(markdown).toContain(review.note)
}

/**
 * Issue 15, point 2: verdicts, highlights and number checks each have their own channel. Verdicts
 * are a bar in the margin and an icon; highlights use hues no verdict uses; number checks are
 * neutral ∑ badges that stay on the line of their claim's last word, and open their card; a legend
 * in the toolbar says what the marks mean.
 */
import type { Page } from '@playwright/test'
import { highlightColors } from '../src/shared/annotations/highlight-colors'
import { expect, test } from './fixtures'
import type { WorkspacePage } from './workspace-page'

const biden = 'Under predecessor Joe Biden'
const firstYear = "In Trump's first year back"

/** The review in the README's picture: the statuses and the note make the line break where it did. */
async function reviewAsInTheReadme(ws: WorkspacePage, page: Page): Promise<void> {
  await ws.claim(biden).click()
  await ws.press('1')
  await ws.claim(firstYear).click()
  await ws.press('2', 'n')
  await page.keyboard.type('313% is not 300%.')
  await ws.press('Escape')
  await ws.claim('This escalation coincided').click()
  await ws.press('3')
  await ws.expectSaved()
}

/** Where the last word of a claim is drawn: the last line box of its text. */
async function lastWordBox(ws: WorkspacePage, claimText: string) {
  return ws.claim(claimText).evaluate((claim) => {
    const pieces = claim.querySelectorAll('span[data-start]')
    const rects = pieces[pieces.length - 1]?.getClientRects()
    const last = rects?.[rects.length - 1]
    return last ? { top: last.top, bottom: last.bottom, right: last.right } : null
  })
}

for (const width of [1280, 800]) {
  test(`each number-check chip sits on the line of its own claim's last word at ${width} px`, async ({
    page,
    ws
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await reviewAsInTheReadme(ws, page)
    const chips = ws.article.getByRole('button', { name: /^Number check:/ })
    await expect(chips).toHaveCount(3)
    const owners = [biden, firstYear, firstYear]
    for (const [index, owner] of owners.entries()) {
      const word = await lastWordBox(ws, owner)
      const chip = await chips.nth(index).boundingBox()
      expect(word && chip, `chip ${index + 1} and its claim are drawn`).toBeTruthy()
      if (!word || !chip) continue
      const chipMiddle = chip.y + chip.height / 2
      // On the same line box: the chip's middle lies within the last word's line, to its right.
      expect(chipMiddle, `chip ${index + 1} is on its claim's last line`).toBeGreaterThan(word.top)
      expect(chipMiddle, `chip ${index + 1} is on its claim's last line`).toBeLessThan(word.bottom)
      expect(chip.x, `chip ${index + 1} follows the last word`).toBeGreaterThanOrEqual(word.right)
    }
  })
}

test('pressing a chip selects its claim and opens its card in the Checks tab', async ({ page, ws }) => {
  await ws.article.getByRole('button', { name: /^Number check: Roughly/ }).click()
  await expect(ws.selectedClaim).toContainText(firstYear)
  await expect(page.getByRole('tab', { name: /Checks/ })).toHaveAttribute('aria-selected', 'true')
  const card = page.getByRole('tabpanel', { name: /Checks/ }).locator('li[aria-current="true"]')
  await expect(card).toHaveCount(1)
  await expect(card).toContainText('roughly adds up')
  await expect(card).toContainText('(157 − 38) ÷ 38')
  await expect(card).toBeFocused()
  // Another chip moves the card: the first check belongs to the claim before.
  await ws.article
    .getByRole('button', { name: /^Number check: Adds up/ })
    .first()
    .click()
  await expect(ws.selectedClaim).toContainText(biden)
  await expect(card).toContainText('13,897 ÷ 366 days')
})

test('the toolbar’s Legend says what the underline, the chips and the margin mean', async ({ page, ws }) => {
  const legendButton = page.getByRole('toolbar', { name: 'Reading tools' }).getByRole('button', {
    name: 'Legend'
  })
  const legend = page.getByRole('note', { name: 'Legend' })
  await expect(legend).toBeHidden()
  await legendButton.focus()
  await ws.press('Enter')
  await expect(legendButton).toHaveAttribute('aria-expanded', 'true')
  await expect(legend).toBeVisible()
  await expect(legend).toContainText('Dotted underline: check-worthy')
  await expect(legend).toContainText('∑ =: Claimcheck’s arithmetic, not a verdict')
  await expect(legend).toContainText('Bar and icon: your verdict')
  await ws.press('Enter')
  await expect(legend).toBeHidden()
})

test('a verdict is a bar in the margin beside its claim and an icon, with no tint on the text', async ({
  page,
  ws
}) => {
  await ws.claim(firstYear).click()
  await ws.press('2')
  const claim = ws.claim(firstYear)
  await expect(claim.locator('.claim-badge--disputed')).toBeVisible()
  // Looked at unselected and without the pointer over it: only the verdict's own marks remain.
  await ws.claim(biden).click()
  await page.mouse.move(0, 0)
  await expect(claim).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)')
  const bar = page.locator('.verdict-mark--disputed')
  await expect(bar).toHaveCount(1)
  const barBox = await bar.boundingBox()
  const claimBox = await claim.boundingBox()
  const articleBox = await ws.article.boundingBox()
  expect(barBox && claimBox && articleBox).toBeTruthy()
  if (!barBox || !claimBox || !articleBox) return
  expect(barBox.x + barBox.width).toBeLessThanOrEqual(articleBox.x)
  expect(barBox.y).toBeLessThanOrEqual(claimBox.y + 4)
  expect(barBox.y + barBox.height).toBeGreaterThanOrEqual(claimBox.y + claimBox.height - 4)
})

/** Hue in degrees and saturation (0–1) of every colour, as the page resolves it. */
async function resolvedColors(page: Page, expressions: Record<string, string>) {
  return page.evaluate((colors) => {
    const probe = document.body.appendChild(document.createElement('span'))
    const hueOf = (expression: string) => {
      probe.style.color = expression
      const [r = 0, g = 0, b = 0] = (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).map(Number)
      const [max, min] = [Math.max(r, g, b), Math.min(r, g, b)]
      const lightness = (max + min) / 510
      const delta = (max - min) / 255
      const saturation = delta === 0 ? 0 : delta / (1 - Math.abs(2 * lightness - 1))
      const hue =
        delta === 0
          ? 0
          : max === r
            ? ((((g - b) / 255 / delta) % 6) + 6) % 6
            : max === g
              ? (b - r) / 255 / delta + 2
              : (r - g) / 255 / delta + 4
      return { hue: hue * 60, saturation }
    }
    const resolved = Object.fromEntries(
      Object.entries(colors).map(([name, expression]) => [name, hueOf(expression)])
    )
    probe.remove()
    return resolved
  }, expressions)
}

const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b))

for (const colorScheme of ['light', 'dark'] as const) {
  test(`in ${colorScheme} mode no highlight or number check takes a verdict's colour`, async ({
    page,
    ws
  }) => {
    await page.emulateMedia({ colorScheme })
    await expect(ws.article).toBeVisible()
    const verdicts = await resolvedColors(page, {
      verified: 'var(--verified)',
      disputed: 'var(--disputed)',
      'needs source': 'var(--needs-source)'
    })
    const highlights = await resolvedColors(
      page,
      Object.fromEntries(highlightColors.map((color) => [color, `var(--hl-${color})`]))
    )
    for (const [name, highlight] of Object.entries(highlights)) {
      if (highlight.saturation < 0.15) continue // a grey: no hue to mistake
      for (const [verdict, colour] of Object.entries(verdicts)) {
        expect(
          hueDistance(highlight.hue, colour.hue),
          `${name} highlight against ${verdict}`
        ).toBeGreaterThan(35)
      }
    }
    const chip = ws.article.getByRole('button', { name: /^Number check:/ }).first()
    const chipColors = await chip.evaluate((element) => {
      const style = getComputedStyle(element)
      return { text: style.color, border: style.borderTopColor }
    })
    const machine = await resolvedColors(page, chipColors)
    expect(machine['text']?.saturation, 'the chip’s text is a neutral grey').toBeLessThan(0.15)
    expect(machine['border']?.saturation, 'the chip’s border is a neutral grey').toBeLessThan(0.15)
  })
}

/** An imported news page with tables and lists: the tables read as tables, their cells never as claims. */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { dropFile, fixture, importAndOpen } from './import-helpers'

test.describe.configure({ timeout: 90_000 })

test('a page’s tables show as tables with headings, cells without claim controls, lists with their markers', async ({
  page,
  ws
}) => {
  await dropFile(page, 'jobs-table.html', await fixture('jobs-table.html'))
  await ws.waitForArticle('Eastfield’s jobless rate climbs for a second year', 30_000)

  const rates = ws.article.getByRole('table', {
    name: 'Unemployment rose 0.9 points across the city in 2023.'
  })
  await expect(rates).toBeVisible()
  await expect(rates.getByRole('columnheader')).toHaveText(['Ward', '2021', '2022', '2023', 'Change'])
  await expect(rates.getByRole('rowheader')).toHaveText(['North', 'Riverside', 'Old Town', 'Eastfield (all)'])
  await expect(rates.getByRole('cell', { name: '7.2%' })).toBeVisible()

  // The caption's sentence is a claim; no cell of either table holds one.
  await expect(rates.locator('caption .claim')).toHaveText([
    'Unemployment rose 0.9 points across the city in 2023.'
  ])
  await expect(ws.article.locator('table :is(td, th) .claim')).toHaveCount(0)
  await expect(ws.article.locator('table :is(td, th) [role="button"]')).toHaveCount(0)

  // Lists keep their numbers and bullets.
  await expect(ws.article.locator('.article-list-marker')).toHaveText(['1.', '2.', '3.', '•', '•'])

  // The wide table scrolls inside its own box; the page does not scroll sideways.
  await page.setViewportSize({ width: 800, height: 900 })
  const sectors = ws.article.getByRole('region', { name: 'Table 2: Jobs by sector, thousands' })
  await sectors.scrollIntoViewIfNeeded()
  const overflow = await sectors.evaluate((box) => box.scrollWidth - box.clientWidth)
  expect(overflow).toBeGreaterThan(0)
  const pageOverflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  )
  expect(pageOverflow).toBe(0)
  // Nothing serious for assistive technology in the tables, light or dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    const results = await new AxeBuilder({ page }).include('.article-table-scroll').analyze()
    expect(results.passes.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['th-has-data-cells', 'scope-attr-valid', 'scrollable-region-focusable'])
    )
    const serious = results.violations.filter((violation) =>
      ['serious', 'critical'].includes(violation.impact ?? '')
    )
    expect(serious.map((violation) => violation.id)).toEqual([])
  }
  // Claims: the article's 11 sentences and list items, the two captions' and none of the 65 cells.
  await expect(ws.claims).toHaveCount(13)
})

/** A long Markdown report (over 400 blocks, so virtualized) with a table every 40 paragraphs. */
function longReport(): string {
  const lines = ['# The Long Survey', '']
  for (let index = 0; index < 480; index++) {
    lines.push(`Ward ${index} counted ${index + 20} new homes this year.`, '')
    if (index % 40 === 39) {
      lines.push('| Ward | Homes | Change |', '| --- | ---: | ---: |')
      for (let row = 0; row < 12; row++) lines.push(`| Ward ${index - row} | ${index * 3 + row} | +${row}% |`)
      lines.push('')
    }
  }
  return lines.join('\n')
}

test('the virtualized reading view measures its tables: blocks sit edge to edge', async ({ page, ws }) => {
  await importAndOpen(page, 'survey.md', longReport())
  await ws.waitForArticle('The Long Survey')
  const pane = page.locator('.reading-pane')
  await expect(ws.article.locator('.virtual-block').first()).toBeAttached()
  let tablesSeen = 0
  for (let step = 0; step <= 24; step++) {
    await pane.evaluate(
      (element, fraction) => (element.scrollTop = element.scrollHeight * fraction),
      step / 24
    )
    // Wait for the virtualizer to have placed what it measured, a frame after the scroll.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    )
    const { gaps, tables } = await ws.article.locator('.virtual-blocks').evaluate((list) => {
      const boxes = [...list.querySelectorAll('.virtual-block')]
        .map((block) => block.getBoundingClientRect())
        .sort((a, b) => a.top - b.top)
      return {
        gaps: boxes.flatMap((box, index) => (index === 0 ? [] : [box.top - boxes[index - 1]!.bottom])),
        tables: list.querySelectorAll('table').length
      }
    })
    tablesSeen += tables
    // Each wrapper holds its block's margins: measured blocks sit edge to edge, no overlap, no hole.
    expect(Math.max(...gaps.map(Math.abs))).toBeLessThan(1)
  }
  expect(tablesSeen).toBeGreaterThan(3)
})

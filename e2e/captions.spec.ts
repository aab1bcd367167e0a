/** An imported news page: its captions, credits and byline read as such, never as claims. */
import { expect, test } from './fixtures'
import { dropFile, fixture } from './import-helpers'

test('a page’s figure caption, photo credits and byline show as captions, outside the claims', async ({
  page,
  ws
}) => {
  await dropFile(page, 'tram-news.html', await fixture('tram-news.html'))
  await ws.waitForArticle('Eastfield opens its first tram line in 60 years', 30_000)

  const captions = ws.article.locator('.article-caption')
  await expect(captions).toHaveText([
    'The first tram leaves Eastfield depot on Monday morning. Credit…Lena Marsh/Getty Images',
    'Photo: Sam Okoro/Reuters',
    'Image caption, Passengers queue for the first tram at Market Street stop'
  ])
  await expect(captions.locator('.claim')).toHaveCount(0)
  await expect(ws.article.locator('.article-byline').first()).toHaveText(
    'By Priya Natarajan and Tom Ellery, Reuters'
  )
  // Smaller than the article's paragraphs.
  const size = (selector: string) =>
    ws.article
      .locator(selector)
      .first()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  expect(await size('.article-caption')).toBeLessThan(await size('.article-paragraph'))

  await expect(ws.article.getByText('Advertisement')).toHaveCount(0)
  await expect(ws.claims).toHaveCount(8)
  await expect(ws.progress).toHaveText('0 of 8 claims reviewed')
  // The dateline stays in the text but not in the first claim.
  await expect(ws.claims.first()).toHaveText(/^Eastfield opened its first tram line/)
  await expect(ws.article.locator('.article-paragraph').first()).toContainText(
    'EASTFIELD, England (Reuters) —'
  )
})

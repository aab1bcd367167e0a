/** A news page's captions, credits, byline, dateline and furniture through both HTML paths. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../shared/document/build-article'
import type { Article } from '../../shared/model'
import { readableHtmlArticle } from './html-article'
import { parseLargeHtmlArticle } from './large-html-article'

const page = readFileSync(new URL('../../../test/fixtures/import/tram-news.html', import.meta.url), 'utf8')

const blocksOf = (article: Article, type: string) =>
  article.blocks
    .filter((block) => block.type === type)
    .map((block) => article.text.slice(block.start, block.end))

describe.each([
  ['an ordinary page (Readability)', readableHtmlArticle],
  ['a large page (parse5, piecewise)', parseLargeHtmlArticle]
])('non-claims on %s', (_label, parse) => {
  const article = buildArticle(parse(page, 'tram-news.html'))
  const claims = article.claims.map((claim) => article.text.slice(claim.start, claim.end))

  it('keeps the figure caption with its credit, and the credit lines, as captions', () => {
    expect(blocksOf(article, 'caption')).toEqual([
      'The first tram leaves Eastfield depot on Monday morning. Credit…Lena Marsh/Getty Images',
      'Photo: Sam Okoro/Reuters',
      'Image caption, Passengers queue for the first tram at Market Street stop'
    ])
  })

  it('keeps the byline and the wire credits as bylines', () => {
    expect(blocksOf(article, 'byline')).toEqual([
      'By Priya Natarajan and Tom Ellery, Reuters',
      'Reporting by Priya Natarajan; Editing by Tom Ellery'
    ])
  })

  it('drops the advertisement label, the share button and the transcript link', () => {
    expect(article.text).not.toMatch(/Advertisement|Share this article|Read the full transcript/)
  })

  it('counts only the article’s sentences as claims, the first without its dateline', () => {
    expect(claims).toHaveLength(8)
    expect(claims[0]).toBe(
      'Eastfield opened its first tram line in 60 years on Monday, after four years of building work that cost £310 million.'
    )
    expect(article.text).toContain('EASTFIELD, England (Reuters) — Eastfield opened')
    for (const claim of claims) expect(claim).not.toMatch(/Credit|Photo:|Image caption|^By |Reporting by/)
  })
})

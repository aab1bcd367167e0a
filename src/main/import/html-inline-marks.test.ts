import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../shared/document/build-article'
import type { Article } from '../../shared/model'
import { readableHtmlArticle } from './html-article'
import { parseLargeHtmlArticle } from './large-html-article'

const filler =
  '<p>The harbour board met on Tuesday to hear the engineers report on the state of the sea wall and the pier.</p>'

/** Each inline mark as `kind:words` (and its address for links). */
const marksOf = (built: Article): string[] =>
  (built.inlines ?? []).map(
    (mark) => `${mark.kind}:${built.text.slice(mark.start, mark.end)}${mark.href ? ` → ${mark.href}` : ''}`
  )

describe.each([
  ['an ordinary page (Readability)', readableHtmlArticle],
  ['a large page (parse5, piecewise)', parseLargeHtmlArticle]
])('HTML inline marks on %s', (_label, parse) => {
  const article = (paragraph: string): Article =>
    buildArticle(
      parse(
        `<!doctype html><html><head><title>Harbour Board</title></head><body><article><h1>Harbour Board</h1>${filler}<p>${paragraph}</p></article></body></html>`,
        'board.html'
      )
    )
  const last = (built: Article): string => built.text.slice(built.blocks.at(-1)!.start)

  it('keeps <em>, <i>, <strong>, <b> and <a href> over their words', () => {
    const built = article(
      'The wall is <em>finished</em>, <i>nearly</i> <strong>on budget</strong>, <b>says</b> <a href="https://example.org/minutes">the minutes</a>.'
    )
    expect(marksOf(built)).toEqual([
      'emphasis:finished',
      'emphasis:nearly',
      'strong:on budget',
      'strong:says',
      'link:the minutes → https://example.org/minutes'
    ])
  })

  it('moves marks with the words when whitespace collapses', () => {
    const built = article(
      'The \n\n   <em>city\n      council</em>   voted   <a href="https://example.org/v">\n against </a> it.'
    )
    expect(last(built)).toBe('The city council voted against it.')
    expect(marksOf(built)).toEqual(['emphasis:city council', 'link:against → https://example.org/v'])
  })

  it('nests emphasis inside a link, the link first', () => {
    const built = article(
      'Read <a href="https://example.org/r">the <em>full</em> report</a> before the vote on the pier.'
    )
    expect(marksOf(built)).toEqual(['link:the full report → https://example.org/r', 'emphasis:full'])
  })

  it('keeps one link across a sentence boundary, over both claims', () => {
    const built = article('See <a href="https://example.org/s">prices rose. Wages fell</a> last year.')
    const [link] = built.inlines ?? []
    expect(built.claims.map((claim) => built.text.slice(claim.start, claim.end)).slice(-2)).toEqual([
      'See prices rose.',
      'Wages fell last year.'
    ])
    expect(built.text.slice(link!.start, link!.end)).toBe('prices rose. Wages fell')
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(2)',
    '&#106;avascript:alert(3)',
    'java&#x0A;script:alert(4)',
    ' javascript:alert(5)',
    'vbscript:msgbox(6)',
    'data:text/html,&lt;script&gt;alert(7)&lt;/script&gt;',
    'mailto:board@example.org',
    '/minutes/relative',
    '#minutes'
  ])('keeps the words of a link to %j but not the link', (href) => {
    const built = article(`The ladder was checked, says <a href="${href}">the inspector</a> in her report.`)
    expect(last(built)).toBe('The ladder was checked, says the inspector in her report.')
    expect(built.inlines).toBeUndefined()
  })

  it('takes no address from an element that is not a link', () => {
    const built = article(
      'The <span href="https://example.org/s">span</span> and <em href="https://example.org/e">em</em> end here.'
    )
    expect(marksOf(built)).toEqual(['emphasis:em'])
  })
})

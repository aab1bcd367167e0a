/** Lists of links to other stories are page furniture; a list of facts that cites a link is not. */
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../shared/document/build-article'
import { readableHtmlArticle } from './html-article'
import { parseLargeHtmlArticle } from './large-html-article'

const paragraph =
  'The harbour board approved the dredging contract on Tuesday after a two-hour debate in which members questioned its cost.'
const page = `<!doctype html><html><head><title>Harbour dredging approved</title></head><body><article>
<h1>Harbour dredging approved</h1>
<p>${paragraph}</p>
<p>The contract is worth 4.2 million euros and runs for three years, the board said in a statement.</p>
<h2>Related stories</h2>
<ul>
  <li><a href="https://news.example/one">Five things we learned from the harbour master interview</a></li>
  <li><a href="https://news.example/two">Ferry fares to rise in spring</a></li>
  <li><a href="https://news.example/three">Why the port keeps silting up</a></li>
</ul>
<p>The board's figures show three ways the money will be spent:</p>
<ul>
  <li>Dredging the main channel costs 2.9 million euros, according to <a href="https://board.example/report">the board's report</a>.</li>
  <li>Disposal of the silt costs 0.8 million euros.</li>
</ul>
<p>${paragraph}</p>
</article></body></html>`

describe.each([
  ['an ordinary page (Readability)', readableHtmlArticle],
  ['a large page (parse5, piecewise)', parseLargeHtmlArticle]
])('link lists on %s', (_label, parse) => {
  const article = buildArticle(parse(page, 'harbour.html'))
  const claims = article.claims.map((claim) => article.text.slice(claim.start, claim.end))

  it('drops a list whose every item is a link to another story', () => {
    expect(article.text).not.toMatch(/Five things we learned|Ferry fares to rise|keeps silting up/)
  })

  it('keeps a list of facts whose items only cite a link, each item a claim', () => {
    expect(claims).toContain(
      "Dredging the main channel costs 2.9 million euros, according to the board's report."
    )
    expect(claims).toContain('Disposal of the silt costs 0.8 million euros.')
  })
})

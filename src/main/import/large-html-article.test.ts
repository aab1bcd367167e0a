import { describe, expect, it } from 'vitest'
import { longArticle } from '../test-support/long-article'
import { readableHtmlArticle } from './html-article'
import { LARGE_PAGE_CHARACTERS, parseLargeHtmlArticle } from './large-html-article'

const hostile = [
  '<script>document.title = "pwned"</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(2)">a harmless link</a>',
  '<svg><script>alert(3)</script></svg>',
  '<math><mi><style><img src=x onerror=alert(4)></style></mi></math>',
  '<iframe srcdoc="<script>alert(5)</script>"></iframe>',
  '<form><button formaction="javascript:alert(6)">Send</button></form>'
].join('')

describe('large HTML pages', () => {
  it('give the same article as Readability over the whole page', async () => {
    const page = await longArticle(LARGE_PAGE_CHARACTERS + 64 * 1024, 'html')
    expect(parseLargeHtmlArticle(page, 'inquiry.html')).toEqual(readableHtmlArticle(page, 'inquiry.html'))
  }, 60_000)

  it('keep only the article, sanitized: no chrome, no markup, nothing that runs', async () => {
    const article = await longArticle(LARGE_PAGE_CHARACTERS + 1024, 'html')
    const page = article
      .replace('<body>', '<body><nav>Home Sport Weather</nav><aside>Most read today</aside>')
      .replace('</article>', `<p>Closing words of the inquiry record.${hostile}</p></article>`)
    const draft = parseLargeHtmlArticle(page, 'inquiry.html')
    const text = draft.blocks.map((block) => block.text).join('\n')
    expect(draft.title).toBe('A Long Inquiry Record')
    expect(text).not.toMatch(/Home Sport|Most read|alert|pwned|<|onerror/)
    expect(text).toContain('Closing words of the inquiry record.a harmless link')
  })
})

describe('large HTML pages fetched from the web', () => {
  const fetched = { url: 'https://records.example.org/inquiry/day-3' }
  const linkedParagraph =
    '<p>See <a href="/reports/summary">the summary</a>, <a href="annex.html">the annex</a>, ' +
    '<a href="#notes">the notes</a> and <a href="javascript:alert(1)">nothing</a>.</p>'

  const hrefs = (draft: ReturnType<typeof parseLargeHtmlArticle>): string[] =>
    draft.blocks.flatMap((block) => (block.marks ?? []).flatMap((mark) => (mark.href ? [mark.href] : [])))

  it('resolve relative links against the page’s address, as the ordinary path does', async () => {
    const page = (await longArticle(LARGE_PAGE_CHARACTERS + 1024, 'html')).replace(
      '</article>',
      `${linkedParagraph}</article>`
    )
    const large = parseLargeHtmlArticle(page, 'day-3.html', fetched)
    expect(hrefs(large)).toEqual([
      'https://records.example.org/reports/summary',
      'https://records.example.org/inquiry/annex.html'
    ])
    expect(large.source).toBe(fetched.url)
    expect(hrefs(large)).toEqual(hrefs(readableHtmlArticle(page, 'day-3.html', fetched)))
  }, 60_000)

  it('resolve them against the page’s <base href>, and take its canonical address as the source', async () => {
    const page = (await longArticle(LARGE_PAGE_CHARACTERS + 1024, 'html'))
      .replace(
        '<head>',
        '<head><base href="https://archive.example.org/2026/"><link rel="canonical" href="/inquiry/day-3">'
      )
      .replace('</article>', `${linkedParagraph}</article>`)
    const large = parseLargeHtmlArticle(page, 'day-3.html', fetched)
    expect(hrefs(large)).toEqual([
      'https://archive.example.org/reports/summary',
      'https://archive.example.org/2026/annex.html'
    ])
    expect(large.source).toBe('https://archive.example.org/inquiry/day-3')
  })
})

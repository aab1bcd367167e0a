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

import { describe, expect, it } from 'vitest'
import { longArticle } from '../../../test/support/long-article'
import { readableHtmlArticle } from './html-article'
import { blocksOfSanitizedArticle } from './html-blocks'
import { withSanitizedArticle } from './html-sanitizer'
import { LARGE_PAGE_CHARACTERS } from './html-draft'
import { parseLargeHtmlArticle } from './large-html-article'

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

/**
 * The large-page path reads parse5's tree through the allow-list instead of running DOMPurify:
 * on every kind of markup below, it must take exactly the text, blocks and links DOMPurify leaves.
 */
describe('the large-page path against DOMPurify', () => {
  const filler = '<p>This paragraph gives the page enough words to count as an article for the importer.</p>'
  const articles: Record<string, string> = {
    'inline marks':
      '<p>Plain <em>emphasis</em>, <strong>strong</strong>, <b>bold</b>, <i>italic</i>, <u>u</u>, <s>s</s>, ' +
      '<code>code</code>, <abbr>abbr</abbr>, <time>2026</time>, <mark>mark</mark>, <q>q</q>, <cite>cite</cite>, ' +
      '<small>small</small>, H<sub>2</sub>O and x<sup>2</sup>.</p>',
    links:
      '<p><a href="https://example.org/a">kept</a>, <a href="javascript:alert(1)">script</a>, ' +
      '<a href="java&#9;script:alert(1)">tabbed script</a>, <a href="data:text/html,x">data</a>, ' +
      '<a href="  https://example.org/padded  ">padded</a>, <a href="HTTPS://EXAMPLE.ORG/UPPER">upper</a>, ' +
      '<a href="//example.org/relative">protocol-relative</a>, <a href="#notes">anchor</a>, ' +
      '<a href="mailto:desk@example.org">mail</a>, <a href="">empty</a>, <a>none</a>, ' +
      '<span href="https://example.org/span">not a link</span>, <a href="https://exa mple.org/">spaced host</a>.</p>',
    'unknown and custom elements':
      '<center><p>Centred paragraph.</p></center><font color="red">Red words</font>' +
      '<my-widget><p>Inside a custom element.</p></my-widget><article-body>Loose words.</article-body>',
    'elements dropped with their content':
      '<p>Kept words.<video>Your browser cannot play this.</video><audio>Sound.</audio></p>' +
      '<title>A title in the body</title><noembed>Embed.</noembed><xmp><p>Raw</p></xmp>' +
      '<template><p>Hidden template.</p></template><svg><a href="https://example.org/svg">SVG link</a>' +
      '<text>SVG text</text></svg><math><mi>x</mi><mo>=</mo></math><script>alert(1)</script>' +
      '<style>p { color: red }</style><iframe>Frame.</iframe><noscript><p>No script.</p></noscript>',
    'attributes and handlers':
      '<p onclick="alert(1)" style="color:red" class="lede" id="top">Attributes go.</p>' +
      '<img src="x" onerror="alert(2)"><p>After the image.</p>',
    tables:
      '<table><caption>Costs by year</caption><colgroup><col></colgroup><thead><tr><th>Year</th>' +
      '<th>Cost</th></tr></thead><tbody><tr><td>2024</td><td>£3m</td></tr><tr><td>2025</td>' +
      '<td><a href="https://example.org/2025">£4m</a></td></tr></tbody></table>',
    figures:
      '<figure><img src="x" onerror="alert(1)"><figcaption>The harbour at dawn. Photo: A. Smith' +
      '</figcaption></figure><figure><p>A picture’s loose credit.</p></figure>',
    'lists, quotes and loose text':
      '<ul><li>One</li><li><p>Two, as a paragraph.</p></li></ul><ol><li>First <b>bold</b></li></ol>' +
      '<blockquote><p>Quoted.</p> Loose quoted words.</blockquote><blockquote>A short quote.</blockquote>' +
      '<div>Loose words <p>A paragraph.</p> trailing words<br>after a break</div>' +
      '<dl><dt>Term</dt><dd>Meaning.</dd></dl><h2>A heading</h2><h6>A small heading</h6>',
    'comments and escaped markup':
      '<p>Before<!-- a comment --> after.</p><p>&lt;script&gt;alert(1)&lt;/script&gt; as text.</p>' +
      '<p>A &lt;b&gt;tag&lt;/b&gt; and an &amp; sign.</p>',
    'deep wrappers': `${'<font>'.repeat(100)}Deep words.${'</font>'.repeat(100)}<p>After.</p>`
  }

  for (const [name, html] of Object.entries(articles)) {
    it(`reads ${name} as DOMPurify leaves them`, () => {
      const article = `${filler}${html}${filler}`
      const page = `<!doctype html><html><head><title>Page</title></head><body><article>${article}</article></body></html>`
      const large = parseLargeHtmlArticle(page, 'page.html').blocks.slice(1) // after the title block
      expect(large).toEqual(withSanitizedArticle(article, blocksOfSanitizedArticle))
    })
  }
})

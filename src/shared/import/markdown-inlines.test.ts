import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import type { Article } from '../model'
import { parseMarkdown } from './markdown'

const article = (markdown: string): Article => buildArticle(parseMarkdown(markdown, 'notes.md'))

/** Each inline mark as `kind:words` (and its address for links). */
const marksOf = (built: Article): string[] =>
  (built.inlines ?? []).map(
    (mark) => `${mark.kind}:${built.text.slice(mark.start, mark.end)}${mark.href ? ` → ${mark.href}` : ''}`
  )

describe('Markdown inline marks', () => {
  it('keeps emphasis, strong and a link over their words', () => {
    const built = article(
      '# Survey\n\nThe plots used *half* the water, **not** a third, says [the council](https://example.org/survey).'
    )
    expect(marksOf(built)).toEqual([
      'emphasis:half',
      'strong:not',
      'link:the council → https://example.org/survey'
    ])
  })

  it('leaves the document text and its claims exactly as without formatting', () => {
    const formatted = article(
      '# Survey\n\nThe plots used *half*  the\nwater. **Not** a third, says [the\n   council](https://example.org).'
    )
    const plain = article('# Survey\n\nThe plots used half the water. Not a third, says the council.')
    expect(formatted.text).toBe(plain.text)
    expect(formatted.claims).toEqual(plain.claims)
    expect(plain.inlines).toBeUndefined()
  })

  it('maps a link whose words were hard-wrapped onto the collapsed text', () => {
    const built = article(
      '# Survey\n\nAs   the [city\n      council\n   said](https://example.org/minutes) in   May.'
    )
    expect(marksOf(built)).toEqual(['link:city council said → https://example.org/minutes'])
  })

  it('nests emphasis inside a link, the link first', () => {
    const built = article('# Survey\n\nRead [the *full* report](https://example.org/report) first.')
    expect(marksOf(built)).toEqual(['link:the full report → https://example.org/report', 'emphasis:full'])
  })

  it('keeps one link across a sentence boundary, over both claims', () => {
    const built = article('# Survey\n\nSee [prices rose. Wages fell](https://example.org/stats) last year.')
    const [link] = built.inlines ?? []
    const claims = built.claims.map((claim) => built.text.slice(claim.start, claim.end))
    expect(claims).toEqual(['See prices rose.', 'Wages fell last year.'])
    expect(built.text.slice(link!.start, link!.end)).toBe('prices rose. Wages fell')
  })

  it('follows reference links to their definitions; an undefined reference is plain text', () => {
    const built = article(
      '# Survey\n\nThe [minutes][m] and the [agenda][none] agree.\n\n[m]: https://example.org/minutes\n'
    )
    expect(marksOf(built)).toEqual(['link:minutes → https://example.org/minutes'])
  })

  it('keeps marks in headings, list items, quotes and table cells', () => {
    const built = article(
      '# Survey\n\n## The *new* rules\n\n- A **firm** rule.\n\n> A [quote](https://example.org/q).\n\n| a | b |\n|---|---|\n| *x* | y |\n'
    )
    expect(marksOf(built)).toEqual([
      'emphasis:new',
      'strong:firm',
      'link:quote → https://example.org/q',
      'emphasis:x'
    ])
  })

  it.each([
    ['javascript:alert(1)', '[ladder](javascript:alert(1))'],
    ['a data: URL', '[ladder](data:text/html;base64,PHNjcmlwdD4=)'],
    ['a relative URL', '[ladder](/repairs/ladder)'],
    ['mailto:', '[ladder](mailto:harbour@example.org)'],
    ['a reference to javascript:', '[ladder][x]', '[x]: javascript:alert(1)']
  ])('keeps the words of a link to %s but not the link', (_label, link, definition = '') => {
    const built = article(`# Notes\n\nThe ${link} was repaired.\n\n${definition}\n`)
    expect(built.text).toContain('The ladder was repaired.')
    expect(built.inlines).toBeUndefined()
  })

  it('links bare web addresses as GFM does (with a scheme or www.), and no other bare names', () => {
    const built = article(
      '# Notes\n\nSee https://example.org/tides?day=2, www.example.net/log. Not Amazon.com, nor a@www.example.net.'
    )
    expect(marksOf(built)).toEqual([
      'link:https://example.org/tides?day=2 → https://example.org/tides?day=2',
      'link:www.example.net/log → http://www.example.net/log'
    ])
  })

  it('leaves closing punctuation and an unbalanced bracket out of a www. address', () => {
    const built = article(
      '# Notes\n\nTimes (www.example.org/tides_(2024)). And [www.example.com](https://a.example).'
    )
    expect(marksOf(built)).toEqual([
      'link:www.example.org/tides_(2024) → http://www.example.org/tides_(2024)',
      'link:www.example.com → https://a.example/'
    ])
  })
})

describe('Markdown blocks', () => {
  const blocksOf = (markdown: string): string[] =>
    parseMarkdown(markdown, 'notes.md').blocks.map((block) => `${block.type}: ${block.text.trim()}`)

  it('drops task boxes, code, raw HTML and images, and keeps struck words', () => {
    expect(
      blocksOf(
        '# Jobs\n\n- [x] Paint the ~~old~~ shed.\n- [ ] Fix the gate ![gate](g.png).\n\n```\ncode\n```\n\n<div>raw</div>\n'
      )
    ).toEqual(['title: Jobs', 'list-item: Paint the old shed.', 'list-item: Fix the gate .'])
  })

  it('quotes everything inside a block quote, lists included, and reads a table as one table', () => {
    const draft = parseMarkdown(
      '# T\n\n> Said so.\n>\n> - a point\n\n| Site | Days |\n|---|---|\n| North | 31 |\n',
      'n.md'
    )
    expect(draft.blocks.map((block) => `${block.type}: ${block.text.trim()}`)).toEqual([
      'title: T',
      'blockquote: Said so.',
      'blockquote: a point',
      'table: '
    ])
    const table = draft.blocks[3]?.table
    expect(table?.header.map((cell) => cell.text)).toEqual(['Site', 'Days'])
    expect(table?.rows.map((row) => row.map((cell) => cell.text))).toEqual([['North', '31']])
  })

  it('keeps each list item’s bullet or number as written, and how deep it is nested', () => {
    const draft = parseMarkdown(
      '# Steps\n\n3. Dig the bed.\n\n   Water it well.\n4) Sow the seeds.\n\n- Rake it\n  - gently\n',
      'steps.md'
    )
    expect(draft.blocks.slice(1).map((block) => [block.marker, block.depth ?? 1, block.text])).toEqual([
      ['3.', 1, 'Dig the bed.'],
      ['', 1, 'Water it well.'],
      ['4)', 1, 'Sow the seeds.'],
      ['•', 1, 'Rake it'],
      ['•', 2, 'gently']
    ])
  })

  it('takes the front matter author as the byline, one name or several', () => {
    expect(
      parseMarkdown('---\ntitle: Tides\nauthor: Ines Calloway\n---\nHigh water at six.', 'a.md').byline
    ).toBe('Ines Calloway')
    const several = '---\nauthors:\n  - Ana Ruiz\n  - name: Tom Berg\n  - Lena Ortiz\n---\nHigh water.'
    expect(parseMarkdown(several, 'a.md').byline).toBe('Ana Ruiz, Tom Berg and Lena Ortiz')
    expect(buildArticle(parseMarkdown(several, 'a.md')).byline).toBe('Ana Ruiz, Tom Berg and Lena Ortiz')
    expect(parseMarkdown('---\ntitle: Tides\n---\nHigh water.', 'a.md').byline).toBeUndefined()
  })

  it('reads the title from front matter, ignores broken front matter, else the file name', () => {
    expect(blocksOf('---\ntitle: Tides\n---\nHigh water at six.')[0]).toBe('title: Tides')
    expect(blocksOf('---\ntitle: [unclosed\n---\nHigh water at six.')).toEqual([
      'title: notes',
      'paragraph: High water at six.'
    ])
  })
})

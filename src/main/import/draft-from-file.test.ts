import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../shared/document/build-article'
import { ApiFailure } from '../../shared/result'
import { isWebLink } from '../../shared/security/web-link'
import { decodeImportBytes, draftFromFile } from './draft-from-file'
import { withSanitizedArticle } from './html-sanitizer'
import { xssPayloads } from '../../../test/fixtures/import/xss-payloads'

const fixture = (name: string): Promise<string> =>
  readFile(new URL(`../../../test/fixtures/import/${name}`, import.meta.url), 'utf8')

const blocksOf = async (fileName: string, text: string): Promise<string[]> =>
  (await draftFromFile(fileName, text)).blocks.map(
    (block) => `${block.type}: ${block.text.replace(/\s+/g, ' ').trim()}`
  )

function failureOf(run: () => unknown): ApiFailure {
  try {
    run()
  } catch (error) {
    if (error instanceof ApiFailure) return error
    throw error
  }
  throw new Error('expected the import to be refused')
}

async function refusalOf(run: () => Promise<unknown>): Promise<ApiFailure> {
  const error: unknown = await run().then(
    () => new Error('expected the import to be refused'),
    (reason: unknown) => reason
  )
  if (error instanceof ApiFailure) return error
  throw error
}

describe('HTML pages', () => {
  it('keeps the article and drops navigation, ads, scripts, related links and comments', async () => {
    const blocks = await blocksOf('ferry-fares.html', await fixture('harbour-news.html'))
    expect(blocks[0]).toBe('title: Ferry fares to rise by 12% in spring')
    expect(blocks).toContain('heading: Commuters push back')
    expect(blocks).toContain('list-item: A public meeting is planned for 2 April at the town hall.')
    expect(blocks.some((block) => block.startsWith('blockquote: Nobody is paying twelve per cent'))).toBe(
      true
    )
    const all = blocks.join('\n')
    for (const unwanted of [
      'Subscribe',
      'Most read',
      'harbourwatcher',
      'dataLayer',
      'renderAd',
      'All rights reserved'
    ]) {
      expect(all).not.toContain(unwanted)
    }
  })

  it('captures the byline, site name and published date', async () => {
    const draft = await draftFromFile('ferry-fares.html', await fixture('harbour-news.html'))
    expect(draft).toMatchObject({
      byline: 'Morag Lindqvist',
      siteName: 'The Estuary Gazette',
      publishedAt: '2025-03-14T08:30:00Z'
    })
  })

  it('refuses a page with no article in it', async () => {
    const page =
      '<html><head><title>Login</title></head><body><nav><a href="/">Home</a></nav><form><input></form></body></html>'
    expect((await refusalOf(() => draftFromFile('login.html', page))).message).toMatch(
      /web page without an article/
    )
  })

  it('leaves no element outside the allow-list, and no attribute but an http(s) href on <a>, after sanitizing any payload', () => {
    const allowed =
      /^(ARTICLE|SECTION|DIV|MAIN|HEADER|FOOTER|P|H[1-6]|UL|OL|LI|BLOCKQUOTE|EM|STRONG|B|I|U|S|A|SPAN|BR|CODE|ABBR|CITE|Q|SMALL|SUB|SUP|TIME|MARK|FIGCAPTION|DL|DT|DD|TABLE|THEAD|TBODY|TR|TD|TH|CAPTION)$/
    const offenders = xssPayloads.flatMap((payload) =>
      withSanitizedArticle(`<p>Before.</p>${payload}<p>After.</p>`, (fragment) =>
        Array.from(fragment.querySelectorAll('*'))
          .filter(
            (element) =>
              !allowed.test(element.tagName) ||
              Array.from(element.attributes).some(
                (attribute) =>
                  !(element.tagName === 'A' && attribute.name === 'href' && isWebLink(attribute.value))
              )
          )
          .map((element) => `${payload} → ${element.outerHTML}`)
      )
    )
    expect(offenders).toEqual([])
  })
})

describe('Markdown notes', () => {
  it('uses the front matter title and keeps headings, lists, quotes and inline text', async () => {
    const blocks = await blocksOf('field-notes.md', await fixture('field-notes.md'))
    expect(blocks).toEqual([
      'title: Notes on the allotment water survey',
      'heading: Allotment water survey',
      'paragraph: The survey covered 48 plots across two sites between May and August. Each plot holder logged how many cans they carried on watering days.',
      'heading: Findings',
      'list-item: Plots with a water butt used about half as much mains water.',
      'list-item: The north site recorded 31 dry days, compared with 24 at the river site.',
      'list-item: Three holders did not return their logs.',
      'blockquote: Most people assumed the river site was wetter because of the river, but the soil there is sandier and drains faster.',
      'paragraph: Full tables are on the committee page. Raw HTML such as inline markup is ignored.',
      'heading: Next steps',
      'paragraph: The committee will buy 10 more butts if the grant of £600 is approved.'
    ])
  })

  it('takes the first level-one heading as the title when there is no front matter', async () => {
    expect(await blocksOf('n.md', '# Tide tables\n\nHigh water was at 6.40.')).toEqual([
      'title: Tide tables',
      'paragraph: High water was at 6.40.'
    ])
  })
})

describe('plain text and bad input', () => {
  it('imports a long text with every session heading and all of its sentences', async () => {
    const article = buildArticle(
      await draftFromFile('inquiry.txt', await fixture('harbour-inquiry-long.txt'))
    )
    expect(article.blocks.filter((block) => block.type === 'heading')).toHaveLength(40)
    expect(article.claims).toHaveLength(40 * 6 * 5)
  })

  it.each([
    ['a binary file', 'photo.txt', 'JFIF\u0000\u0010', /binary file/],
    ['invalid UTF-8', 'notes.md', 'caf\uFFFD', /not valid UTF-8/],
    ['an empty file', 'empty.html', ' \n ', /empty/],
    ['an unknown format', 'report.docx', 'PK', /not a file Claimcheck can import/]
  ])('refuses %s with what was wrong', async (_label, fileName, text, message) => {
    expect((await refusalOf(() => draftFromFile(fileName, text))).message).toMatch(message)
  })

  it('refuses bytes that are not UTF-8 and files over 50 MB when main reads them', () => {
    expect(
      failureOf(() => decodeImportBytes('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).message
    ).toMatch(/not valid UTF-8/)
    const tooLarge = failureOf(() => decodeImportBytes('huge.txt', new Uint8Array(50 * 1024 * 1024 + 1)))
    expect(tooLarge).toMatchObject({ code: 'too-large', message: expect.stringContaining('up to 50 MB') })
  })
})

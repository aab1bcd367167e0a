import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { SCHEMA_VERSION, emptyAnnotations, type StoredDocument } from '../model'
import { defaultReadingSettings } from '../reading-settings'
import { firstScreen, firstScreenBlockCount, type FirstScreenState } from './first-screen'
import { linkedStyleSheet, pageWithFirstScreen, parseFirstScreen } from './first-screen-page'
import { metaContentSecurityPolicy } from '../security/csp'

const document: StoredDocument = {
  ...buildArticle({
    title: 'Harbour Bridge Reopens',
    source: 'https://news.example.org/harbour',
    blocks: [
      { type: 'title', text: 'Harbour Bridge Reopens' },
      { type: 'paragraph', text: 'The bridge reopened on Monday. It cost $& 4 million.' },
      { type: 'paragraph', text: 'Traffic fell by a third.' }
    ]
  }),
  schemaVersion: SCHEMA_VERSION,
  id: 'doc-1',
  addedAt: '2026-03-16T09:30:00.000Z',
  annotations: emptyAnnotations()
}

const opening: FirstScreenState = {
  document,
  settings: defaultReadingSettings,
  place: null,
  notices: [],
  deskConnected: false
}

const index =
  '<!doctype html>\n<html lang="en">\n<head><title>Claimcheck</title></head>\n<body>\n<div id="root"></div>\n</body>\n</html>'

describe('the first screen', () => {
  it('shows the document the app opens on, at its top, with its claims and the review count', () => {
    const screen = firstScreen({ ...opening, place: { claimId: null, scrollFraction: 0 } })
    expect(screen?.html).toMatch(/^<div id="first-screen" class="first-screen" inert="" aria-hidden="true">/)
    expect(screen?.html.match(/class="claim"/g)).toHaveLength(document.claims.length)
    expect(screen?.html).toContain('0 of 3 claims reviewed')
  })

  it('shows the top even when a claim was selected there: the app selects it again once it is up', () => {
    const place = { claimId: document.claims[1]!.id, scrollFraction: 0 }
    expect(firstScreen({ ...opening, place })?.html).not.toContain('claim--selected')
  })

  it('is left out when the app would open on anything else', () => {
    const cases: Partial<FirstScreenState>[] = [
      { document: null },
      { place: { claimId: null, scrollFraction: 0.4 } },
      { notices: [{ level: 'warning', message: 'A file was kept aside.' }] },
      { deskConnected: true },
      { document: { ...document, desk: { deskDocId: 'doc-2' } } }
    ]
    for (const change of cases) expect(firstScreen({ ...opening, ...change })).toBeNull()
  })

  it('holds the opening blocks of a long article, not all of it', () => {
    const paragraphs = Array.from({ length: 400 }, (_, index) => ({
      type: 'paragraph' as const,
      text: `Paragraph ${index} says the harbour handled ${index} thousand containers last year.`
    }))
    const long = buildArticle({
      title: 'Long',
      source: '',
      blocks: [{ type: 'title', text: 'Long' }, ...paragraphs]
    })
    const count = firstScreenBlockCount(long.blocks)
    expect(count).toBeGreaterThan(20)
    expect(count).toBeLessThan(long.blocks.length)
    // So long that the reading view virtualizes it: the virtualizer places the blocks itself.
    expect(firstScreen({ ...opening, document: { ...document, ...long } })).toBeNull()
  })

  it('ends before a table, which the reading view draws with a component of its own', () => {
    const withTable = buildArticle({
      title: 'Fares',
      source: '',
      blocks: [
        { type: 'title', text: 'Fares' },
        { type: 'paragraph', text: 'Fares rose in every ward.' },
        {
          type: 'table',
          text: '',
          table: {
            header: [{ text: 'Ward', marks: [] }],
            rows: [[{ text: 'North', marks: [] }]]
          }
        },
        { type: 'paragraph', text: 'More after the table.' }
      ]
    })
    expect(withTable.blocks.map((block) => block.type)).toEqual(['title', 'paragraph', 'table', 'paragraph'])
    expect(firstScreenBlockCount(withTable.blocks)).toBe(2)
  })

  it('goes first in the page, with the reader’s settings on <html>, and the text of the article as text', () => {
    const screen = firstScreen({ ...opening, settings: { theme: 'dark', fontSize: 24, measure: 'narrow' } })
    if (!screen) throw new Error('No first screen.')
    const page = pageWithFirstScreen(index, screen).html
    expect(page).toContain(
      '<html lang="en" data-theme="dark" data-reading-size="24" data-reading-measure="narrow">'
    )
    expect(page.indexOf('id="first-screen"')).toBeLessThan(page.indexOf('id="root"'))
    // A replacement pattern in the text ("$&") stays text, not the matched tag.
    expect(page).toContain('It cost $&amp; 4 million.')
  })

  it('puts the linked style sheet inline with its digest in the page’s policy, or leaves the link', () => {
    const screen = firstScreen(opening)
    if (!screen) throw new Error('No first screen.')
    const linked = index.replace(
      '<head>',
      `<head><meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" /><link rel="stylesheet" crossorigin href="./assets/index-9z.css">`
    )
    expect(linkedStyleSheet(linked)).toBe('./assets/index-9z.css')
    const style = { href: './assets/index-9z.css', css: 'p { color: red }', sha256: 'abc+/=' }
    const page = pageWithFirstScreen(linked, screen, style)
    expect(page.html).toContain('<style>p { color: red }</style>')
    expect(page.html).not.toContain('<link')
    expect(page.html).toContain("style-src 'self' 'sha256-abc+/='")
    expect(page.contentSecurityPolicy).toContain("style-src 'self' 'sha256-abc+/='; img-src")
    expect(page.contentSecurityPolicy).toContain("frame-ancestors 'none'")
    // A style sheet that could close its own element, or one the page does not link, stays linked.
    for (const other of [
      { ...style, css: 'p{}</style><script>alert(1)</script>' },
      { ...style, href: './assets/other.css' }
    ]) {
      const kept = pageWithFirstScreen(linked, screen, other)
      expect(kept.html).toContain('<link rel="stylesheet"')
      expect(kept.html).not.toContain('<style>')
      expect(kept.contentSecurityPolicy).toBeNull()
    }
  })

  it('is read back from its file only when it is one', () => {
    const screen = firstScreen(opening)
    expect(parseFirstScreen(JSON.parse(JSON.stringify(screen)))).toEqual(screen)
    for (const damaged of [
      null,
      'text',
      { html: '<script>alert(1)</script>', settings: defaultReadingSettings },
      { html: screen?.html, settings: { ...defaultReadingSettings, fontSize: 90 } },
      { html: screen?.html, settings: { ...defaultReadingSettings, theme: 'neon' } },
      { html: screen?.html }
    ]) {
      expect(parseFirstScreen(damaged)).toBeNull()
    }
  })
})

/**
 * The host's first screen writes the article's opening as static HTML (shared/first-screen); the
 * reading view then replaces it in the same frame. Any difference would show as a flash, so the
 * static markup must be exactly what React draws when the document opens.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { AnnotationChange } from '../../../shared/annotations/changes'
import { applyChange } from '../../../shared/annotations/changes'
import { buildArticle } from '../../../shared/document/build-article'
import { articleBlocksMarkup } from '../../../shared/first-screen/article-markup'
import { SCHEMA_VERSION, emptyAnnotations, type StoredDocument } from '../../../shared/model'
import { ServiceProvider } from '../services/service-context'
import { fakeHost } from '../../../../test/support/renderer/fake-host'
import { testNow } from '../../../../test/support/renderer/documents'
import { ReadingView } from './ReadingView'

const hostile = `A "quoted" <script>alert('x')</script> & <img src=x onerror=alert(1)> claim.`

function documentWith(changes: (document: StoredDocument) => AnnotationChange[]): StoredDocument {
  const article = buildArticle({
    title: `Council <b>"Budget"</b> & the 'Bridge'`,
    source: 'https://news.example.org/budget',
    blocks: [
      { type: 'title', text: `Council <b>"Budget"</b> & the 'Bridge'` },
      { type: 'heading', text: 'A deck under the title' },
      {
        type: 'paragraph',
        text: 'The council approved 4.2 million dollars on Tuesday. It said the bridge reopens in May.',
        marks: [
          { start: 4, end: 11, kind: 'emphasis' },
          { start: 21, end: 32, kind: 'strong' },
          { start: 58, end: 68, kind: 'link', href: 'https://example.org/a?b="c"&d=<e>' }
        ]
      },
      { type: 'heading', text: 'Section head' },
      { type: 'blockquote', text: '"We will finish on time," the mayor said.' },
      { type: 'list-item', text: 'Traffic fell by a third in 2024.' },
      { type: 'list-item', text: 'Tolls <rose> by 5%.', marker: '3)', depth: 2 },
      { type: 'paragraph', text: hostile },
      { type: 'paragraph', text: 'A last sentence with a note. And one marked out of the count.' }
    ]
  })
  const document: StoredDocument = {
    ...article,
    schemaVersion: SCHEMA_VERSION,
    id: 'doc-1',
    addedAt: testNow,
    annotations: emptyAnnotations()
  }
  const annotations = changes(document).reduce(
    (current, change) => applyChange(document, current, change, testNow),
    document.annotations
  )
  return { ...document, annotations }
}

function reactArticle(document: StoredDocument): string {
  const markup = renderToStaticMarkup(
    <ServiceProvider host={fakeHost()}>
      <ReadingView
        document={document}
        selectedClaimId={null}
        onSelectClaim={() => {}}
        marks={document.annotations.highlights.map((highlight) => ({
          ...highlight.target.position,
          key: `h:${highlight.id}`
        }))}
        markStyle={{
          highlightColor: new Map(document.annotations.highlights.map((h) => [`h:${h.id}`, h.color])),
          currentHit: null
        }}
        noteHits={new Map()}
        matching={null}
        analysis={null}
        onShowCheck={() => {}}
        revealRef={{ current: null }}
      />
    </ServiceProvider>
  )
  const inner = /^<article[^>]*>([\s\S]*)<\/article>$/.exec(markup)?.[1]
  if (inner === undefined) throw new Error(`Not an article: ${markup.slice(0, 80)}`)
  return inner
}

describe('the first screen’s article markup', () => {
  it('is what the reading view draws for a document nobody has reviewed', () => {
    const document = documentWith(() => [])
    expect(document.claims.length).toBeGreaterThan(5)
    expect(articleBlocksMarkup(document, document.blocks.length)).toBe(reactArticle(document))
  })

  it('is what the reading view draws with verdicts, notes, "not a claim" and highlights across claims', () => {
    const document = documentWith(({ claims, text }) => {
      const [first, second, third] = claims
      const [lastButOne, last] = claims.slice(-2)
      if (!first || !second || !third || !lastButOne || !last)
        throw new Error('The fixture has too few claims.')
      const across = text.indexOf('million')
      return [
        { kind: 'set-status', claimId: first.id, status: 'verified' },
        { kind: 'set-status', claimId: second.id, status: 'disputed' },
        { kind: 'set-note', claimId: second.id, note: 'Check the date <soon> & "again".' },
        { kind: 'set-status', claimId: third.id, status: 'needs-source' },
        { kind: 'set-note', claimId: lastButOne.id, note: 'A note alone.' },
        { kind: 'set-status', claimId: last.id, status: 'not-a-claim' },
        {
          kind: 'add-highlight',
          highlightId: 'h1',
          start: across,
          end: across + 40,
          color: 'purple',
          note: ''
        },
        {
          kind: 'add-highlight',
          highlightId: 'h2',
          start: across + 5,
          end: across + 12,
          color: 'cyan',
          note: ''
        }
      ]
    })
    expect(Object.keys(document.annotations.claims)).toHaveLength(5)
    expect(articleBlocksMarkup(document, document.blocks.length)).toBe(reactArticle(document))
  })

  it('writes hostile text as text: no element or attribute of its own survives', () => {
    const document = documentWith(() => [])
    const markup = articleBlocksMarkup(document, document.blocks.length)
    const parsed = new DOMParser().parseFromString(`<article>${markup}</article>`, 'text/html')
    expect(parsed.querySelector('script, img, b')).toBeNull()
    expect(parsed.body.textContent).toContain(hostile)
    const link = parsed.querySelector('.article-link')
    const href = document.inlines?.find((mark) => mark.kind === 'link')?.href
    expect(href).toMatch(/^https:\/\/example\.org\/a\?b=/)
    expect(link?.getAttribute('data-href')).toBe(href)
    expect([...parsed.querySelectorAll('*')].flatMap((element) => element.getAttributeNames())).not.toContain(
      'onerror'
    )
  })

  it('stops after the blocks it is asked for, with each claim whole', () => {
    const document = documentWith(() => [])
    const markup = articleBlocksMarkup(document, 3)
    const parsed = new DOMParser().parseFromString(`<article>${markup}</article>`, 'text/html')
    expect(parsed.body.firstElementChild?.children).toHaveLength(3)
    const shown = [...parsed.querySelectorAll('.claim')].map((claim) => claim.textContent)
    const expected = document.claims
      .filter((claim) => claim.end <= (document.blocks[2]?.end ?? 0))
      .map((claim) => document.text.slice(claim.start, claim.end))
    expect(shown).toEqual(expected)
  })
})

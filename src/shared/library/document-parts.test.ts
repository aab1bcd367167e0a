import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { SCHEMA_VERSION, emptyAnnotations, type StoredDocument } from '../model'
import { tablesArticle } from '../../../test/fixtures/export/tables-article'
import { decodeArticle, encodeArticle, joinDocument, sameArticle, splitDocument } from './document-parts'

const article = buildArticle({
  title: 'Harbour “Bridge”',
  source: 'bridge.md',
  blocks: [
    { type: 'title', text: 'Harbour “Bridge”' },
    { type: 'heading', text: 'Traffic' },
    {
      type: 'paragraph',
      text: 'The bridge opened in 1932.\nIt carries 160,000 vehicles a day — “a record”, \\ said the mayor. 🚗 Tolls rose 12%.'
    },
    { type: 'caption', text: 'Photo: J. Doe' }
  ]
})

const document: StoredDocument = {
  schemaVersion: SCHEMA_VERSION,
  id: 'harbour-bridge',
  addedAt: '2026-01-02T03:04:05.000Z',
  ...article,
  inlines: [{ start: 4, end: 10, kind: 'link', href: 'https://example.org/a"b' }],
  annotations: { ...emptyAnnotations(), highlights: [] },
  trashedAt: '2026-02-01T00:00:00.000Z'
}

const encoded = (parts = splitDocument(document, 'k1a2b3').article) =>
  encodeArticle('harbour-bridge', 'k1a2b3', parts)
const expected = { id: 'harbour-bridge', key: 'k1a2b3' }

describe('a document in two parts', () => {
  it('splits into a review without the text and an article, and joins back to the same document', () => {
    const { review, article: parts } = splitDocument(document, 'k1a2b3')
    expect(Object.keys(review)).not.toContain('text')
    expect(review).toMatchObject({
      articleKey: 'k1a2b3',
      title: 'Harbour “Bridge”',
      trashedAt: document.trashedAt
    })
    const decoded = decodeArticle(encodeArticle(document.id, 'k1a2b3', parts), expected)
    expect(decoded.ok && joinDocument(review, decoded.article)).toEqual(document)
  })

  it('writes the text as it is after one header line, quotes, backslashes, newlines and emoji unescaped', () => {
    const content = encoded()
    const newline = content.indexOf('\n')
    expect(content.slice(newline + 1)).toBe(article.text)
    expect(JSON.parse(content.slice(0, newline))).toMatchObject({ textLength: article.text.length })
  })

  it('refuses a file cut short, so a damaged article is never read as a shorter one', () => {
    const content = encoded()
    expect(decodeArticle(content.slice(0, -5), expected)).toEqual({
      ok: false,
      reason: 'its text is not the length it was written with (it may be truncated)'
    })
    expect(decodeArticle(content.slice(0, 40), expected).ok).toBe(false)
  })

  it('refuses structure that does not fit the text, and an article of another document or key', () => {
    const tooLong = encoded({
      ...splitDocument(document, 'k').article,
      claims: [{ id: 'c1', start: 0, end: 10_000 }]
    })
    expect(decodeArticle(tooLong, expected)).toEqual({ ok: false, reason: 'its claims do not fit its text' })
    const badType = encoded().replace(/"blocks":\[\d+/, '"blocks":[99')
    expect(decodeArticle(badType, expected)).toEqual({ ok: false, reason: 'its blocks do not fit its text' })
    const notNumbers = encoded().replace('"claims":[', '"claims":["x",')
    expect(decodeArticle(notNumbers, expected)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/at claims/)
    })
    expect(decodeArticle(encoded(), { ...expected, key: 'other1' })).toEqual({
      ok: false,
      reason: 'it belongs to another document'
    })
  })

  it('keeps claim ids that do not run one after another', () => {
    const parts = {
      ...splitDocument(document, 'k').article,
      claims: [
        { id: 'c7', start: 30, end: 40 },
        { id: 'c2', start: 0, end: 20 }
      ]
    }
    const decoded = decodeArticle(encoded(parts), expected)
    expect(decoded.ok && decoded.article.claims).toEqual(parts.claims)
  })

  it('tells the same article from a changed one, by content when the objects differ', () => {
    const same = { ...document, claims: document.claims.map((claim) => ({ ...claim })) }
    expect(sameArticle(document, same)).toBe(true)
    const moved = {
      ...document,
      claims: document.claims.map((claim, n) => (n === 1 ? { ...claim, end: claim.end - 1 } : claim))
    }
    expect(sameArticle(document, moved)).toBe(false)
    expect(sameArticle(document, { ...document, text: `${document.text} ` })).toBe(false)
    expect(sameArticle(document, { ...document, inlines: [] })).toBe(false)
  })
})

describe('an article with tables and lists', () => {
  it('keeps each table and each list item’s marker and depth through its file', () => {
    const tablesDocument = tablesArticle()
    const { article: parts } = splitDocument(tablesDocument, 'k1a2b3')
    expect(parts.blocks.some((block) => block.table)).toBe(true)
    expect(parts.blocks.some((block) => block.marker)).toBe(true)
    const decoded = decodeArticle(encodeArticle(tablesDocument.id, 'k1a2b3', parts), {
      id: tablesDocument.id,
      key: 'k1a2b3'
    })
    expect(decoded.ok && decoded.article.blocks).toEqual(tablesDocument.blocks)
  })

  it('refuses a file whose table cell lies outside its table', () => {
    const tablesDocument = tablesArticle()
    const raw = encodeArticle(tablesDocument.id, 'k1a2b3', splitDocument(tablesDocument, 'k1a2b3').article)
    const header = JSON.parse(raw.slice(0, raw.indexOf('\n'))) as {
      blockDetails: { table?: { header: { start: number; end: number }[] } }[]
    }
    const table = header.blockDetails.find((detail) => detail.table)!.table!
    table.header[0] = { start: 0, end: 1 }
    const damaged = `${JSON.stringify(header)}\n${raw.slice(raw.indexOf('\n') + 1)}`
    expect(decodeArticle(damaged, { id: tablesDocument.id, key: 'k1a2b3' })).toEqual({
      ok: false,
      reason: 'its blocks do not fit its text'
    })
  })

  it('tells two articles apart that differ only in a list marker', () => {
    const tablesDocument = tablesArticle()
    const parts = splitDocument(tablesDocument, 'k1a2b3').article
    const other = {
      ...parts,
      blocks: parts.blocks.map((block) => (block.marker ? { ...block, marker: '9.' } : block))
    }
    expect(sameArticle(parts, other)).toBe(false)
  })
})

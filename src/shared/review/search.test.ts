import { describe, expect, it } from 'vitest'
import { applyChange } from '../annotations/changes'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations } from '../model'
import { findInText, searchDocument } from './search'

const article = buildArticle({
  title: 'Ferry',
  source: 'ferry.txt',
  blocks: [{ type: 'paragraph', text: 'The ferry leaves at 9. Ferry tickets cost $5 (a.k.a. cheap).' }]
})

describe('search', () => {
  it('finds every case-insensitive literal occurrence in the text', () => {
    expect(findInText(article.text, 'FERRY')).toEqual([
      { start: 4, end: 9 },
      { start: 23, end: 28 }
    ])
    expect(findInText(article.text, '(a.k.a.')).toHaveLength(1)
    expect(findInText(article.text, '   ')).toEqual([])
  })

  it('finds words in notes as hits on their claim, in document order', () => {
    const annotations = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-note', claimId: 'c2', note: 'Operator says cheap ferry' },
      'now'
    )
    const hits = searchDocument(article, annotations, 'ferry')
    expect(hits.map((hit) => hit.noteOf)).toEqual([null, null, 'c2'])
  })

  it('ignores accents both ways, and a hit covers exactly the original characters', () => {
    const text = 'Zürich café; a cafe in Zurich; cafe\u0301 with a combining accent.'
    const hits = findInText(text, 'cafe')
    expect(hits.map(({ start, end }) => text.slice(start, end))).toEqual(['café', 'cafe', 'cafe\u0301'])
    expect(findInText(text, 'ZÜRICH').map(({ start, end }) => text.slice(start, end))).toEqual([
      'Zürich',
      'Zurich'
    ])
  })

  it('keeps offsets right after characters that fold to more than one letter', () => {
    const text = 'The ﬁnal ﬁgure was 12. The ﬁgure was revised.'
    const hits = findInText(text, 'figure')
    expect(hits.map(({ start, end }) => text.slice(start, end))).toEqual(['ﬁgure', 'ﬁgure'])
    expect(findInText(text, 'revised').map(({ start }) => start)).toEqual([text.indexOf('revised')])
  })

  it('finds a note by its words whatever their accents', () => {
    const annotations = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-note', claimId: 'c1', note: 'Checked with the Ferry Café' },
      'now'
    )
    expect(searchDocument(article, annotations, 'cafe').map((hit) => hit.noteOf)).toEqual(['c1'])
  })
})

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
})

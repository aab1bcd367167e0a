import { describe, expect, it } from 'vitest'
import { applyChange } from '../annotations/changes'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations } from '../model'
import { findInText, searchDocument, searchNotes, searchNotesKeeping, searchText } from './search'

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

  it('answers the same note hits as the same array, and new ones once a note says otherwise', () => {
    const claims = [...article.claims]
    const noted = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-note', claimId: 'c2', note: 'Operator says cheap ferry' },
      'now'
    )
    const first = searchNotesKeeping(claims, noted, 'ferry')
    expect(first.map((hit) => hit.noteOf)).toEqual(['c2'])
    const tagged = applyChange(
      article,
      noted,
      { kind: 'set-status', claimId: 'c1', status: 'verified' },
      'now'
    )
    expect(searchNotesKeeping(claims, tagged, 'ferry')).toBe(first)
    const alsoNoted = applyChange(
      article,
      tagged,
      { kind: 'set-note', claimId: 'c1', note: 'Ferry timetable' },
      'now'
    )
    const second = searchNotesKeeping(claims, alsoNoted, 'ferry')
    expect(second.map((hit) => hit.noteOf)).toEqual(['c1', 'c2'])
    expect(second).toEqual(searchNotes(claims, alsoNoted, 'ferry'))
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

  it('puts a note hit after a text hit at the same place, and notes of unknown claims nowhere', () => {
    let annotations = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-note', claimId: 'c1', note: 'The ferry is late' },
      'now'
    )
    annotations = {
      ...annotations,
      claims: { ...annotations.claims, c9: { ...annotations.claims.c1!, claimId: 'c9' } }
    }
    const hits = searchDocument(article, annotations, 'The')
    expect(hits).toEqual([
      { start: 0, end: 3, noteOf: null },
      { start: 0, end: 22, noteOf: 'c1' }
    ])
    expect(searchNotes(article.claims, annotations, 'ferry')).toEqual([{ start: 0, end: 22, noteOf: 'c1' }])
    expect(searchText(article.text, 'ferry')).toHaveLength(2)
  })
})

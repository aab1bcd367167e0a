import { describe, expect, it } from 'vitest'
import { applyChange } from '../annotations/changes'
import { buildArticle } from '../document/build-article'
import { SCHEMA_VERSION, emptyAnnotations, type StoredDocument } from '../model'
import { findInDocument, searchableDocument } from './library-search'

const at = '2026-11-29T09:00:00.000Z'
const longText = `${'Filler words come first. '.repeat(6)}The Zürich office opened in 2019. ${'More filler follows here. '.repeat(6)}`

function document(): StoredDocument {
  const article = buildArticle({
    title: 'Offices',
    source: 'offices.txt',
    blocks: [{ type: 'paragraph', text: longText }]
  })
  let annotations = emptyAnnotations()
  annotations = applyChange(
    article,
    annotations,
    { kind: 'set-note', claimId: 'c1', note: 'Check the café’s opening date.' },
    at
  )
  annotations = applyChange(
    article,
    annotations,
    { kind: 'set-tags', claimId: 'c2', tags: ['Expansion'] },
    at
  )
  return { ...article, schemaVersion: SCHEMA_VERSION, id: 'offices-1a2b3c4d', addedAt: at, annotations }
}

describe('findInDocument', () => {
  const searchable = searchableDocument(document())

  it('finds a word of the article text, accents ignored, and shows the original words around it', () => {
    const hit = findInDocument(searchable, 'zurich office')
    expect(hit?.field).toBe('text')
    expect(hit?.snippet).toMatch(/^….*The Zürich office opened in 2019\..*…$/)
  })

  it('finds a note, and a tag, before the text', () => {
    expect(findInDocument(searchable, 'CAFE')).toEqual({
      documentId: 'offices-1a2b3c4d',
      field: 'note',
      snippet: 'Check the café’s opening date.'
    })
    expect(findInDocument(searchable, 'expansion')?.field).toBe('tag')
  })

  it('finds nothing for a blank query or words that are not there', () => {
    expect(findInDocument(searchable, '   ')).toBeNull()
    expect(findInDocument(searchable, 'Geneva')).toBeNull()
  })
})

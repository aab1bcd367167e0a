import { describe, expect, it } from 'vitest'
import { tagSuggestions } from './tag-suggestions'

describe('tagSuggestions', () => {
  it('puts the document’s own tags first, then the library’s by how many documents use them', () => {
    expect(
      tagSuggestions(['budget'], [['casualties', 'Budget'], ['sourcing', 'casualties'], ['Sourcing']])
    ).toEqual(['budget', 'casualties', 'sourcing'])
  })

  it('counts a tag once per document and keeps its first spelling', () => {
    expect(tagSuggestions([], [['ISW', 'isw'], ['Polls'], ['polls'], ['ISW']])).toEqual(['ISW', 'Polls'])
  })

  it('suggests nothing when no document has tags', () => {
    expect(tagSuggestions([], [[], []])).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { splitIntoPieces } from './text-pieces'

describe('splitIntoPieces', () => {
  it('cuts a span at overlapping mark edges, listing the marks that cover each piece', () => {
    const pieces = splitIntoPieces(0, 20, [
      { start: 2, end: 12, key: 'h:a' },
      { start: 8, end: 30, key: 'h:b' }
    ])
    expect(pieces).toEqual([
      { start: 0, end: 2, marks: [] },
      { start: 2, end: 8, marks: ['h:a'] },
      { start: 8, end: 12, marks: ['h:a', 'h:b'] },
      { start: 12, end: 20, marks: ['h:b'] }
    ])
  })

  it('leaves a span with no marks in one piece, and an empty span in none', () => {
    expect(splitIntoPieces(5, 9, [{ start: 20, end: 25, key: 'hit:0' }])).toEqual([
      { start: 5, end: 9, marks: [] }
    ])
    expect(splitIntoPieces(5, 5, [])).toEqual([])
  })
})

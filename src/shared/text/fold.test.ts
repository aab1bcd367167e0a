import { describe, expect, it } from 'vitest'
import { foldedWords, foldForSearch } from './fold'

describe('foldForSearch', () => {
  it('drops accents and case so a typed query finds the written word', () => {
    expect(foldForSearch('Zürich Résumé ÅNGSTRÖM')).toBe('zurich resume angstrom')
  })

  it('spells out compatibility characters', () => {
    expect(foldForSearch('ﬁnal ①')).toBe('final 1')
  })
})

describe('foldedWords', () => {
  it('splits a query into folded words and ignores extra spaces', () => {
    expect(foldedWords('  Crème   brûlée ')).toEqual(['creme', 'brulee'])
    expect(foldedWords('   ')).toEqual([])
  })
})

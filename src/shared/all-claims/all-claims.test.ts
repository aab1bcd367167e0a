import { describe, expect, it } from 'vitest'
import { allClaimsMatch, allClaimsTags, noAllClaimsFilter, type LibraryClaim } from './all-claims'
import { CHECK_WORTHY_SCORE } from '../claims'
import { filterInWords } from './filter-words'

const row = (over: Partial<LibraryClaim>): LibraryClaim => ({
  documentId: 'ferry-1a2b3c4d',
  documentTitle: 'Ferry',
  claimId: 'c1',
  position: 1,
  text: 'The ferry leaves at 9.',
  status: null,
  note: '',
  tags: [],
  sources: [],
  kinds: [],
  score: 0.2,
  ...over
})

describe('allClaimsMatch', () => {
  it('lets every claim through with no filter', () => {
    expect(allClaimsMatch(row({}), noAllClaimsFilter)).toBe(true)
  })

  it.each([
    [{ status: 'disputed' }, row({ status: 'disputed' }), row({ status: 'verified' })],
    [{ status: 'unreviewed' }, row({ status: null }), row({ status: 'verified' })],
    [{ tag: 'BUDGET' }, row({ tags: ['budget'] }), row({ tags: ['budgets'] })],
    [{ kind: 'numeric' }, row({ kinds: ['numeric', 'date'] }), row({ kinds: ['quote'] })],
    [{ checkWorthy: true }, row({ score: CHECK_WORTHY_SCORE }), row({ score: CHECK_WORTHY_SCORE - 0.01 })],
    [{ hasNote: true }, row({ note: 'Ask.' }), row({ note: '  \n' })],
    [{ text: 'FERRY nine' }, row({ note: 'Leaves at nine.' }), row({ note: 'Leaves at 9.' })],
    [{ text: 'zurich' }, row({ tags: ['Zürich'] }), row({ tags: ['Basel'] })],
    [{ documentId: 'ferry-1a2b3c4d' }, row({}), row({ documentId: 'bus-5e6f7a8b' })],
    [{ seenElsewhere: true }, row({ seenElsewhere: true }), row({})]
  ] as const)('filters by %o', (change, passes, fails) => {
    const filter = { ...noAllClaimsFilter, ...change }
    expect([allClaimsMatch(passes, filter), allClaimsMatch(fails, filter)]).toEqual([true, false])
  })
})

describe('allClaimsTags', () => {
  it('lists each tag once whatever its case, most used first', () => {
    const rows = [row({ tags: ['water'] }), row({ tags: ['Budget', 'water'] }), row({ tags: ['budget'] })]
    expect(allClaimsTags(rows)).toEqual(['Budget', 'water'])
  })
})

describe('filterInWords', () => {
  it('says what a filter chose', () => {
    expect(filterInWords(noAllClaimsFilter)).toBe('every claim')
    expect(
      filterInWords({ status: 'disputed', tag: 'budget', kind: 'any', checkWorthy: true, hasNote: true })
    ).toBe('Disputed, tagged budget, check-worthy, with a note')
    expect(
      filterInWords(
        { ...noAllClaimsFilter, text: ' ferry ', documentId: 'ferry-1a2b3c4d', seenElsewhere: true },
        undefined,
        () => 'Ferry Times'
      )
    ).toBe('containing “ferry”, in “Ferry Times”, seen elsewhere')
  })
})

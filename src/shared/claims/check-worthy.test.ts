import { describe, expect, it } from 'vitest'
import type { ClaimAnalysis } from './analyze'
import { readClaim } from './analyze'
import { CHECK_WORTHY_SCORE, checkWorthinessOf, isCheckWorthy, quotesBySpeaker } from './check-worthy'
import { findPeople } from './people'

const claim = (claimId: string, score: number, quote: ClaimAnalysis['quote'] = null): ClaimAnalysis => ({
  claimId,
  kinds: quote ? ['quote'] : [],
  score,
  numbers: [],
  quote,
  terms: []
})

describe('isCheckWorthy', () => {
  it('marks claims scoring at or above the calibrated line, which lies above the old 0.5', () => {
    expect(CHECK_WORTHY_SCORE).toBeGreaterThan(0.5)
    const justBelow = CHECK_WORTHY_SCORE - 0.01
    expect([0.1, justBelow, CHECK_WORTHY_SCORE, 1].map((score) => isCheckWorthy({ score }))).toEqual([
      false,
      false,
      true,
      true
    ])
  })
})

describe('checkWorthinessOf', () => {
  it('gives the score, whether it is underlined, and the reasons in words', () => {
    const analysis = readClaim('Officials said rents rose 12% faster than wages in 2024.', {
      people: findPeople(''),
      previousText: null
    })
    expect(checkWorthinessOf({ ...analysis, score: 0.9 })).toEqual({
      score: 0.9,
      checkWorthy: true,
      reasons: ['a figure', 'a named source', 'a comparison', 'a date or past event']
    })
  })

  it('names a quotation’s speaker and says when a claim is opinion', () => {
    const worth = checkWorthinessOf({
      ...claim('c1', 0.2, { text: 'It is a disaster.', speaker: 'Ana Ruiz', certainty: 'stated' }),
      kinds: ['quote', 'opinion']
    })
    expect(worth.checkWorthy).toBe(false)
    expect(worth.reasons).toEqual(['a quotation of Ana Ruiz', 'opinion: argued rather than checkable'])
  })
})

describe('quotesBySpeaker', () => {
  it('groups quotes by speaker, most quoted first, unattributed last', () => {
    const groups = quotesBySpeaker([
      claim('c1', 0.4, { text: 'We will build it.', speaker: 'Ana Ruiz', certainty: 'stated' }),
      claim('c2', 0.1),
      claim('c3', 0.4, { text: 'Nobody asked.', speaker: null, certainty: null }),
      claim('c4', 0.4, { text: 'It is late.', speaker: 'Ben Okafor', certainty: 'stated' }),
      claim('c5', 0.4, { text: 'It will open in May.', speaker: 'Ben Okafor', certainty: 'inferred' })
    ])
    expect(groups).toEqual([
      {
        speaker: 'Ben Okafor',
        claimIds: ['c4', 'c5'],
        quotes: ['It is late.', 'It will open in May.'],
        inferred: [false, true]
      },
      { speaker: 'Ana Ruiz', claimIds: ['c1'], quotes: ['We will build it.'], inferred: [false] },
      { speaker: null, claimIds: ['c3'], quotes: ['Nobody asked.'], inferred: [false] }
    ])
  })
})

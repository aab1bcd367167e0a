import { describe, expect, it } from 'vitest'
import type { ClaimAnalysis } from './analyze'
import { isCheckWorthy, quotesBySpeaker } from './check-worthy'

const claim = (claimId: string, score: number, quote: ClaimAnalysis['quote'] = null): ClaimAnalysis => ({
  claimId,
  kinds: quote ? ['quote'] : [],
  score,
  numbers: [],
  quote,
  terms: []
})

describe('isCheckWorthy', () => {
  it('marks claims scoring 0.5 or more', () => {
    expect([0.1, 0.49, 0.5, 0.85].map((score) => isCheckWorthy({ score }))).toEqual([
      false,
      false,
      true,
      true
    ])
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

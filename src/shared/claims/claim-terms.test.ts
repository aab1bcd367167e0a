import { describe, expect, it } from 'vitest'
import { claimSignature, claimTerms } from './claim-terms'

describe('claimSignature', () => {
  it('reads a word the same whatever quote marks close on it, and drops contractions of stop words', () => {
    expect(
      claimSignature(
        "Critics say we’re “the highest taxed nation in the world” and I'm told the ‘sanctuary cities’ can't pay."
      ).words
    ).toEqual(['critic', 'highest', 'tax', 'nation', 'world', 'sanctuary', 'city', 'pay'])
  })

  it('does not take a capitalised contraction for a name', () => {
    expect(claimSignature('Then she said: I’m the only one who voted against it.').names).toEqual([])
  })
})

describe('claimTerms', () => {
  it('counts each word as often as the claim says it, and reads a hyphenated word whole and in parts', () => {
    const { counts, words } = claimTerms(
      'Senator Dana Ortiz backs a single-payer plan, a single-payer plan for Ohio.'
    )
    expect(counts.get('plan')).toBe(2)
    expect(counts.get('singlepayer')).toBe(2)
    expect(counts.get('ortiz')).toBe(1)
    expect(counts.get('@ortiz')).toBe(1)
    expect(words.slice(0, 8)).toEqual([
      'senator',
      'dana',
      'ortiz',
      'back',
      'singlepayer',
      'single',
      'payer',
      'plan'
    ])
  })

  it('counts figures and names among the terms, as the signature lists them once', () => {
    const { counts, signature } = claimTerms('Kyiv counted 4,210 shelters in 2023; Kyiv had 4,210 in 2022.')
    expect(counts.get('#4210')).toBe(2)
    expect(counts.get('@kyiv')).toBe(1) // the first word of a text is never read as a name
    expect(signature.figures).toEqual(['2022', '2023', '4210'])
  })
})

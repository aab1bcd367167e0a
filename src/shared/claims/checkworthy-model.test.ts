import { describe, expect, it } from 'vitest'
import { readClaim } from './analyze'
import { namedFeatures, sentenceFeatures, type FeatureOptions } from './checkworthy-features'
import { checkWorthinessLogit, loadModel, type StoredModel } from './checkworthy-model'
import { findPeople } from './people'
import { checkWorthiness } from './score'

const noPeople = findPeople('')
const factsOf = (text: string) => readClaim(text, { people: noPeople, previousText: null })
const wordsOnly: FeatureOptions = { hashBits: 4, charGrams: [0, 0], wordGrams: 1 }

/** A model over words only whose every hashed slot weighs `hashed`, with `named` weights by name. */
function tinyModel(named: Record<string, number>, hashed: number, bias = 0.5): StoredModel {
  return {
    format: 'claimcheck-checkworthy/1',
    features: wordsOnly,
    bias,
    named,
    hashedGaps: [0, ...Array.from({ length: 15 }, () => 1)],
    hashedWeights: Array.from({ length: 16 }, () => Math.round(hashed * 10_000)),
    weightScale: 10_000,
    logitQuantiles: [0, 1]
  }
}

describe('sentenceFeatures', () => {
  it('names what can be checked: a percentage, a plural first person, the length', () => {
    const text = 'We cut the county payroll by 12% this spring.'
    const { indices } = sentenceFeatures(text, factsOf(text), wordsOnly)
    const named = indices.filter((slot) => slot < namedFeatures.length).map((slot) => namedFeatures[slot])
    expect(named).toEqual([
      'kind:numeric',
      'numbers: one',
      'number: percentage',
      'words: 6 to 11',
      'first person plural'
    ])
  })

  it('gives every word the same share of one unit, however long the sentence', () => {
    const text = 'Ferries carry cars.'
    const { indices, values } = sentenceFeatures(text, factsOf(text), wordsOnly)
    const hashed = values.filter((_, index) => (indices[index] ?? 0) >= namedFeatures.length)
    expect(hashed.reduce((sum, value) => sum + value, 0)).toBeCloseTo(3 / Math.sqrt(3), 10)
  })
})

describe('loadModel and checkWorthinessLogit', () => {
  it('adds the bias, the named weights and the words’ weights', () => {
    // Three words of value 1/√3 each, every slot weighing 0.2: 3 × 0.2 / √3 = 0.2√3.
    const model = loadModel(tinyModel({ 'no kind': -1, 'words: under 6': -0.5 }, 0.2))
    const text = 'Ferries carry cars.'
    expect(checkWorthinessLogit(model, text, factsOf(text))).toBeCloseTo(
      0.5 - 1 - 0.5 + 0.2 * Math.sqrt(3),
      4
    )
  })

  it('refuses a file of another format or with damaged weights', () => {
    const other = { ...tinyModel({}, 0), format: 'something-else' } as unknown as StoredModel
    expect(() => loadModel(other)).toThrow(/Unknown model format/)
    expect(() => loadModel({ ...tinyModel({}, 0), hashedWeights: [1] })).toThrow(/damaged/)
  })
})

describe('checkWorthiness with the shipped model', () => {
  const score = (text: string): number => checkWorthiness(text, factsOf(text))

  it('ranks stated figures above greetings, questions and opinions', () => {
    const figures = score(
      'Unemployment in the state fell to 3.9 percent last year, the lowest rate in a decade.'
    )
    const spending = score('The city spent $4 million on the new bridge, twice what the council approved.')
    for (const other of [
      'Thank you all for coming tonight.',
      'What would you do about it?',
      'I think that is a wonderful idea.'
    ]) {
      expect(score(other)).toBeLessThan(figures)
      expect(score(other)).toBeLessThan(spending)
    }
  })

  it('gives a score between 0 and 1, to two decimals', () => {
    for (const text of ['Yes.', 'Crime fell by 20% in 2018, and murders by 31%, police data show.']) {
      const value = score(text)
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThanOrEqual(1)
      expect(Math.round(value * 100) / 100).toBe(value)
    }
  })
})

/**
 * What the check-worthiness model reads in a sentence: a few named signals (the claim kinds,
 * numbers, years, names, the sentence's shape) and hashed word and character n-grams. The same
 * code runs when the model is trained (scripts/train-checkworthy.ts) and in the app, so the two
 * can never drift apart. Everything is linear in the sentence's length and allocates little.
 */
import { claimKinds, type ClaimKind } from './kinds'
import type { ParsedNumber } from './numbers'

/** Named signals, each a slot of its own before the hashed n-grams; their weights read by name. */
export const namedFeatures = [
  ...claimKinds.map((kind) => `kind:${kind}`),
  'no kind',
  'numbers: one',
  'numbers: two or more',
  'number: percentage',
  'number: money',
  'number: rate',
  'year',
  'names: one',
  'names: two or more',
  'words: under 6',
  'words: 6 to 11',
  'words: 12 to 24',
  'words: 25 or more',
  'question',
  'exclamation',
  'first person singular',
  'first person plural',
  'second person'
] as const
export type NamedFeature = (typeof namedFeatures)[number]

export interface FeatureOptions {
  /** log2 of the number of hashed slots. */
  hashBits: number
  /** Character n-gram lengths, smallest and largest; [0, 0] leaves them out. */
  charGrams: readonly [number, number]
  /** Word n-grams up to this length (1 = words only, 2 = words and pairs). */
  wordGrams: number
}

/** A sparse vector: slot indices (named features first, then hashed) and their values. */
export interface FeatureVector {
  indices: number[]
  values: number[]
}

export interface SentenceFacts {
  kinds: readonly ClaimKind[]
  numbers: readonly ParsedNumber[]
}

const namedSlot = new Map<string, number>(namedFeatures.map((name, index) => [name, index]))
const tokenPattern = /\p{L}[\p{L}\p{M}'’-]*|\d[\d,.]*\d|\d|[%$€£?!]/gu
const yearPattern = /^(?:1[89]|20)\d\d$/
const capitalised = /^\p{Lu}/u
const firstSingular = new Set(['i', "i'm", "i've", "i'll", "i'd", 'me', 'my', 'mine'])
const firstPlural = new Set(['we', "we're", "we've", "we'll", 'us', 'our', 'ours'])
const second = new Set(['you', "you're", "you've", 'your', 'yours'])

/** Seeds that keep the hashed groups apart: a word and a character trigram never share a hash. */
const WORD_SEED = 0x811c9dc5
const PAIR_SEED = 0x01000193
const CHAR_SEED = 0x9e3779b1

/** Receives each feature of a sentence: its slot and its value (a slot may come more than once). */
export type FeatureVisitor = (slot: number, value: number) => void

/**
 * Visits every feature of a sentence: the named signals (value 1), then word and character
 * n-grams. Each n-gram group counts about as much as a named signal however long the sentence:
 * an occurrence is worth 1 / √(occurrences in its group).
 */
export function visitFeatures(
  text: string,
  facts: SentenceFacts,
  options: FeatureOptions,
  visit: FeatureVisitor,
  /** When given, collects what each hashed slot stands for ("w:tax", "c: ta"), to explain weights. */
  names?: Map<number, string>
): void {
  const named = (name: NamedFeature): void => visit(namedSlot.get(name) ?? 0, 1)
  const normalised = text.replace(/’/g, "'")
  const tokens: string[] = []
  let capitalisedWords = 0
  let hasYear = false
  for (const match of normalised.matchAll(tokenPattern)) {
    const raw = match[0]
    if (/^\d/.test(raw)) {
      const year = yearPattern.test(raw)
      hasYear ||= year
      tokens.push(year ? '<year>' : '<number>')
      continue
    }
    if (match.index > 0 && capitalised.test(raw) && raw !== 'I' && !raw.startsWith("I'")) capitalisedWords++
    tokens.push(raw.toLowerCase())
  }

  for (const kind of facts.kinds) named(`kind:${kind}`)
  if (facts.kinds.length === 0) named('no kind')
  const count = facts.numbers.length
  if (count === 1) named('numbers: one')
  if (count >= 2) named('numbers: two or more')
  if (facts.numbers.some((number) => number.unit === '%')) named('number: percentage')
  if (facts.numbers.some((number) => number.unit !== null && /^[$€£]$/.test(number.unit)))
    named('number: money')
  if (facts.numbers.some((number) => number.unit?.startsWith('per ') === true)) named('number: rate')
  if (hasYear) named('year')
  if (capitalisedWords === 1) named('names: one')
  if (capitalisedWords >= 2) named('names: two or more')
  const words = tokens.length
  named(
    words < 6
      ? 'words: under 6'
      : words < 12
        ? 'words: 6 to 11'
        : words < 25
          ? 'words: 12 to 24'
          : 'words: 25 or more'
  )
  if (normalised.includes('?')) named('question')
  if (normalised.includes('!')) named('exclamation')
  if (tokens.some((token) => firstSingular.has(token))) named('first person singular')
  if (tokens.some((token) => firstPlural.has(token))) named('first person plural')
  if (tokens.some((token) => second.has(token))) named('second person')

  const offset = namedFeatures.length
  const mask = (1 << options.hashBits) - 1
  const pairs = options.wordGrams >= 2 ? Math.max(0, words - 1) : 0
  const wordValue = 1 / Math.sqrt(Math.max(1, words + pairs))
  for (let index = 0; index < words; index++) {
    const token = tokens[index] ?? ''
    const wordHash = hashString(WORD_SEED, token)
    visit(offset + (wordHash & mask), wordValue)
    if (names) names.set(offset + (wordHash & mask), `w:${token}`)
    const next = tokens[index + 1]
    if (pairs === 0 || next === undefined) continue
    const pairSlot = offset + (hashString(hashString(PAIR_SEED ^ wordHash, ' '), next) & mask)
    visit(pairSlot, wordValue)
    if (names) names.set(pairSlot, `w:${token} ${next}`)
  }
  const [smallest, largest] = options.charGrams
  if (largest === 0) return
  const chars = ` ${tokens.join(' ')} `
  let grams = 0
  for (let length = smallest; length <= largest; length++) grams += Math.max(0, chars.length - length + 1)
  const charValue = 1 / Math.sqrt(Math.max(1, grams))
  for (let start = 0; start < chars.length; start++) {
    let hash = CHAR_SEED
    for (let length = 1; length <= largest && start + length <= chars.length; length++) {
      hash = Math.imul(hash ^ chars.charCodeAt(start + length - 1), 0x01000193) >>> 0
      if (length < smallest) continue
      visit(offset + ((hash ^ length) & mask), charValue)
      if (names) names.set(offset + ((hash ^ length) & mask), `c:${chars.slice(start, start + length)}`)
    }
  }
}

/** The sentence as a sparse vector, each slot once (for training). */
export function sentenceFeatures(
  text: string,
  facts: SentenceFacts,
  options: FeatureOptions,
  names?: Map<number, string>
): FeatureVector {
  const sums = new Map<number, number>()
  visitFeatures(text, facts, options, (slot, value) => sums.set(slot, (sums.get(slot) ?? 0) + value), names)
  return { indices: [...sums.keys()], values: [...sums.values()] }
}

/** 32-bit FNV-1a of `text`, continuing from `seed`. */
export function hashString(seed: number, text: string): number {
  let hash = seed >>> 0
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0
  }
  return hash
}

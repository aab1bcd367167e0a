/**
 * What a claim is matched on, read once for both uses of the claim index: the signature (each
 * content word, figure and name once) that decides whether two claims say the same thing, and
 * the ranking terms (the same words counted, and the words in order, whose neighbouring pairs are
 * phrases) that order a pool of fact-checks for a sentence. A fact-check repeats what it checks,
 * in its claim and again in its title, in the speaker's own words ("apology tour", "open
 * borders"): how often a word comes and which words come together tell the right one apart.
 */
import { parseNumbers } from './numbers'
import { foldWord } from './word-folding'

/** What a claim is matched on. */
export interface ClaimSignature {
  words: string[]
  figures: string[]
  names: string[]
}

const stopWords = new Set(
  (
    'a an the and or but if of in on at to for by as from with into onto over under about than then that this ' +
    'these those it its is are was were be been being has have had do does did will would can could should ' +
    'may might must shall not no so such there their they them he she his her him we our us you your i my me ' +
    'who whom which what when where why how all any each every some more most less also just only very much ' +
    'said says say told according since while after before during up down out off again now still'
  ).split(' ')
)
/** Auxiliaries that stand before "n't" ("don't", "can't", "won't"). */
const auxiliaries = new Set(
  'do does did is are was were has have had would could should ca wo must need'.split(' ')
)
const contraction = /^(.+?)(n't|'m|'re|'ve|'ll|'d)$/

/** A stop word, or a contraction of one ("I'm", "we're", "don't", "they'll"). */
function isStopWord(word: string): boolean {
  if (stopWords.has(word)) return true
  const parts = contraction.exec(word)
  if (!parts) return false
  const base = parts[1] as string
  return parts[2] === "n't" ? auxiliaries.has(base) : stopWords.has(base)
}
const wordPattern = /\p{L}[\p{L}'’-]*/gu
const yearPattern = /\b(?:1[89]|20)\d\d\b/g

/** A claim read in order: its content words folded, its figures and its capitalised names, repeats kept. */
interface ClaimReading {
  words: string[]
  figures: string[]
  names: string[]
}

function readClaim(text: string): ClaimReading {
  const words: string[] = []
  const names: string[] = []
  let first = true
  for (const match of text.matchAll(wordPattern)) {
    // A possessive, or a quote mark closing on the word ("sanctuary cities'"), is not part of it;
    // a curly apostrophe is a straight one ("we’re" is "we're").
    const raw = match[0]
      .replace(/’/g, "'")
      .replace(/'s$/, '')
      .replace(/['-]+$/, '')
    const lower = raw.toLowerCase()
    const stop = isStopWord(lower)
    if (!first && /^\p{Lu}/u.test(raw) && !stop) names.push(lower)
    first = false
    if (stop || lower.length < 2) continue
    if (lower.includes('-')) {
      // "single-payer" meets "singlepayer" and "single payer"
      words.push(foldWord(lower.replace(/-/g, '')))
      for (const part of lower.split('-'))
        if (part.length > 1 && !isStopWord(part)) words.push(foldWord(part))
    } else words.push(foldWord(lower))
  }
  const figures: string[] = []
  for (const number of parseNumbers(text)) figures.push(`${number.value}${number.unit === '%' ? '%' : ''}`)
  for (const year of text.matchAll(yearPattern)) figures.push(year[0])
  return { words, figures, names }
}

/**
 * A claim's content words (lowercased and folded: "launched" and "fired" are one word), figures and
 * capitalised names. The figures and names stand among the words too ("#13897", "@russia"), so a
 * rare figure or a named actor weighs in the similarity by its rarity, as a fact-checker weighs it.
 */
export function claimSignature(text: string): ClaimSignature {
  return signatureOf(readClaim(text))
}

function signatureOf(reading: ClaimReading): ClaimSignature {
  const figures = [...new Set(reading.figures)]
  const names = [...new Set(reading.names)]
  const words = new Set(reading.words)
  for (const figure of figures) words.add(`#${figure}`)
  for (const name of names) words.add(`@${name}`)
  return { words: [...words], figures: figures.sort(), names }
}

/** A claim's signature, and what BM25 ranks it by (see `claimTerms`). */
export interface ClaimTerms {
  signature: ClaimSignature
  /** The signature's words, figures and names, each with how often the claim states it. */
  counts: Map<string, number>
  /** The content words in order, repeats kept: neighbouring pairs are the claim's phrases ("apology tour"). */
  words: string[]
}

/** A claim's signature and its ranking terms, read once for both. */
export function claimTerms(text: string): ClaimTerms {
  const reading = readClaim(text)
  const counts = new Map<string, number>()
  const count = (term: string): void => {
    counts.set(term, (counts.get(term) ?? 0) + 1)
  }
  for (const word of reading.words) count(word)
  for (const figure of reading.figures) count(`#${figure}`)
  for (const name of reading.names) count(`@${name}`)
  return { signature: signatureOf(reading), counts, words: reading.words }
}

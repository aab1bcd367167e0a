/**
 * Not every pair of quotation marks quotes someone. A scare-quoted term ("a “search and replace
 * function” for genes", a “giveaway”), the title of a work (“10 Breakthrough Technologies 2014:
 * Genome Editing”) and a nickname (Rodrigo “El Toro” Mendes, nicknamed “the Iron Lady”) are marked
 * as what they are, so they are neither statements to attribute nor quotations missing a speaker.
 */
import { speechVerbs } from './speech-verbs'

export type QuotedTermKind = 'term' | 'title' | 'nickname'
export type QuotationRole = 'statement' | QuotedTermKind

export interface QuotedTerm {
  text: string
  as: QuotedTermKind
}

export interface Quotation {
  /** The words inside the marks, trimmed. */
  text: string
  start: number
  end: number
  role: QuotationRole
}

const quotation = /“([^”]+)”|"([^"]+)"/g
const scareQuoteLead =
  /\b(?:a|an|the|this|that|his|her|their|its|our|so-called|what (?:he|she|they|it) called)\s*$/i
const nicknameLead = /\b(?:nicknamed|dubbed|known as|a\.k\.a\.?|aka|alias)\s*$/i
const speechVerbBefore = new RegExp(`\\b(?:${speechVerbs})\\b[^"“”]{0,160}$`)
/** "“Yes We Can,” she said": a slogan someone says is a statement, not a title. */
const saidAfter = /^\s*,?\s*(?:he|she|they|\p{Lu}[\p{L}'’-]*)?\s*(?:said|says)\b/u
const closingPunctuation = /[.!?,;:…]$/
/** Short words a title leaves in lower case: "Sleepless in Seattle", "War and Peace". */
const titleSmallWords = new Set(
  'a an the of in on at to for and or nor but by from with vs as into over under'.split(' ')
)

/** Every quotation in `text`, each with what it is. */
export function quotationsIn(text: string): Quotation[] {
  const found: Quotation[] = []
  for (const match of text.matchAll(quotation)) {
    const inner = (match[1] ?? match[2] ?? '').trim()
    const start = match.index
    const end = start + match[0].length
    found.push({ text: inner, start, end, role: roleOf(inner, text.slice(0, start), text.slice(end)) })
  }
  return found
}

/** The terms, titles and nicknames a claim puts in quotation marks. */
export function quotedTerms(quotations: readonly Quotation[]): QuotedTerm[] {
  return quotations.flatMap((found) =>
    found.role === 'statement' ? [] : [{ text: found.text.replace(/[,.;:]$/, ''), as: found.role }]
  )
}

function roleOf(inner: string, before: string, after: string): QuotationRole {
  // A comma or full stop closing a title or nickname belongs to the sentence: “Rail Yard Options,” which…
  const bare = inner.replace(/[,.]$/, '')
  const words = bare.split(/\s+/)
  const punctuated = closingPunctuation.test(inner)
  if (words.length <= 4 && !/[.!?;:…]$/.test(bare) && isNickname(before, after)) return 'nickname'
  if (isTitle(words) && !/[!?]$/.test(bare) && !saidAfter.test(after)) return 'title'
  if (words.length < 4) {
    // "a “genius”", "a “blood and soil” speech"; but "called the recruitment “unacceptable.”"
    return punctuated && !scareQuoteLead.test(before) ? 'statement' : 'term'
  }
  // "a “search and replace function” for genes": a phrase after an article, quoting no one.
  if (!punctuated && scareQuoteLead.test(before) && !speechVerbBefore.test(before)) return 'term'
  return 'statement'
}

/** "Rodrigo “El Toro” Mendes", "nicknamed “the Iron Lady”". */
function isNickname(before: string, after: string): boolean {
  if (nicknameLead.test(before)) return true
  return /(?:^|\s)\p{Lu}[\p{L}'’.-]*\s*$/u.test(before) && /^\s*\p{Lu}\p{Ll}/u.test(after)
}

/** Two or more words, every one but the small ones capitalised or a number. */
function isTitle(words: readonly string[]): boolean {
  if (words.length < 2) return false
  let capitalised = 0
  for (const [index, word] of words.entries()) {
    if (/^[\p{Lu}\d]/u.test(word)) capitalised++
    else if (index === 0 || !titleSmallWords.has(word)) return false
  }
  return capitalised >= 2
}

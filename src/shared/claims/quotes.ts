/**
 * Quoted statements and who made them. A quotation is a statement when it is four words or more,
 * or when it closes with its own punctuation and no article stands before it ("called the
 * recruitment "unacceptable and clandestine.""). Short phrases after "a", "the" or "so-called"
 * ("a "genius"", "a "blood and soil" speech") are scare quotes, not statements.
 */
import { firstPersonIn, personName, type People } from './people'

export interface Quote {
  text: string
  speaker: string | null
}

export interface QuoteContext {
  people: People
  /** The sentence before this claim in the same block, for "he" and "she". */
  previousText: string | null
}

const quotation = /“([^”]+)”|"([^"]+)"/g
const speechVerbs =
  'said|says|stated|states|added|adds|noted|notes|told|tells|wrote|writes|argued|argues|warned|warns|' +
  'summarized|summarised|explained|declared|insisted|claimed|called|asked|replied|responded|remarked|' +
  'observed|commented|concluded|acknowledged|admitted|recalled|tweeted|testified|announced'
const verbBefore = new RegExp(`\\b(${speechVerbs})\\b(?:\\s+[\\w'’]+){0,3}\\s*[,:]?\\s*$`)
const subjectAfter = new RegExp(
  `^[\\s,]*(he|she|[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2})\\s+(?:${speechVerbs})\\b|^[\\s,]*(?:${speechVerbs})\\s+([A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2})`
)
const scareQuoteLead = /\b(?:a|an|the|this|that|his|her|their|its|so-called)\s*$/i

/** The claim's quoted statement, or null when it quotes none. */
export function findQuote(text: string, context: QuoteContext): Quote | null {
  const parts: { text: string; start: number; end: number }[] = []
  for (const match of text.matchAll(quotation)) {
    const inner = (match[1] ?? match[2] ?? '').trim()
    const words = inner.split(/\s+/).length
    const statement =
      words >= 4 || (/[.!?,]$/.test(inner) && !scareQuoteLead.test(text.slice(0, match.index)))
    if (statement) parts.push({ text: inner, start: match.index, end: match.index + match[0].length })
  }
  const first = parts[0]
  if (!first) return null
  const quoteText = parts.map((part) => part.text.replace(/,$/, '')).join(' ')
  return { text: quoteText, speaker: speakerOf(text, first.start, first.end, context) }
}

function speakerOf(text: string, start: number, end: number, context: QuoteContext): string | null {
  const after = subjectAfter.exec(text.slice(end, end + 80))
  const named = after?.[1] ?? after?.[2]
  if (named) return resolve(named, context)
  const before = text.slice(0, start)
  const verb = verbBefore.exec(before)
  if (!verb) return null
  const subject = before.slice(0, verb.index)
  const relative = /[\s,]*\bwho\s*$/.exec(subject)
  if (relative) return resolve(subject.slice(0, relative.index), context) // "Musalia Mudavadi, who called"
  // "John Bolton, a former adviser, stated" — skip appositives, which start in lower case.
  const clauses = subject.split(',').map((clause) => clause.trim())
  for (let index = clauses.length - 1; index >= 0; index--) {
    const clause = clauses[index] ?? ''
    if (clause && !/^\p{Ll}/u.test(clause)) return resolve(clause, context)
  }
  return null
}

function resolve(subject: string, context: QuoteContext): string | null {
  const words = subject.trim().split(/\s+/)
  const last = words.at(-1) ?? ''
  if (/^(?:he|she)$/i.test(last)) {
    return context.previousText ? firstPersonIn(context.previousText, context.people) : null
  }
  const capitalised: string[] = []
  for (let index = words.length - 1; index >= 0 && /^\p{Lu}/u.test(words[index] ?? ''); index--) {
    capitalised.unshift(words[index] ?? '')
  }
  return personName(capitalised, context.people)
}

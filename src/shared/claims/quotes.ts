/**
 * Quoted statements and who made them. Which quotations are statements, and which are terms,
 * titles or nicknames, is quoted-terms.ts's call.
 *
 * A speaker is stated when the sentence names them ("said Yearout", "Doherty said Christie …") and
 * inferred when it only points at them: "he said" (the person named most recently before), "according
 * to the statement", or a quotation that opens a sentence right after one of theirs. A quotation
 * whose speaker cannot be found stays unattributed rather than guessed.
 */
import { quotationsIn } from './quoted-terms'
import { speechVerbs } from './speech-verbs'
import { labelledSpeaker, turnStatement, type InterviewTurn } from './interview-turns'
import { firstNamedIn, firstPersonIn, nameParticles, personName, type People } from './people'

export type SpeakerCertainty = 'stated' | 'inferred'

export interface Quote {
  text: string
  speaker: string | null
  /** How the speaker was found; null when there is no speaker. */
  certainty: SpeakerCertainty | null
}

export interface QuoteContext {
  people: People
  /** The sentence before this claim in the same block, for "he" and "she". */
  previousText: string | null
  /** The person named most recently before this claim, when `previousText` names no one. */
  lastNamed?: string | null
  /** The speaker of a quotation in the claim just before this one, for a quotation continuing it. */
  previousSpeaker?: string | null
  /** The interview turn this claim's paragraph is, when it is labelled "Q:", "A:" or "NAME:". */
  turn?: InterviewTurn | null
  /** Who answers the interview's questions: the person named before they start. */
  interviewee?: string | null
}

interface Attribution {
  speaker: string | null
  certainty: SpeakerCertainty
}

/** A quotation left open at the end of its paragraph, which the next paragraph continues. */
const openQuotation = /^\s*[“"]([^”"]+)$/
/** The reporting verb just before a quotation: "Ruiz added, "…"". */
const verbJustBefore = new RegExp(`\\b(${speechVerbs})\\b(?:\\s+[\\w'’]+){0,3}\\s*[,:]?\\s*$`)
/** Or the first reporting verb before a partial quotation: "Doherty said Christie had "sold himself…"". */
const verbBefore = new RegExp(`\\b(${speechVerbs})\\b[^"“”]{0,160}$`)
const anyVerb = new RegExp(`\\b(?:${speechVerbs}|according to)\\b`)
const particles = [...nameParticles].join('|')
/** "Michael O’Donnell", "William G. Gale", "C. Eugene Steuerle", "Ludwig van der Berg". */
const nameWords = `\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+(?:(?:${particles})\\s+){0,3}\\p{Lu}[\\p{L}'’-]*\\.?){0,4}`
const subjectAfter = new RegExp(
  `^[\\s,]*(he|she|${nameWords})\\s+(?:${speechVerbs})\\b|^[\\s,]*(?:${speechVerbs})\\s+(?:\\p{Ll}+\\s+)?(${nameWords})`,
  'u'
)
const accordingTo = new RegExp(
  `^[\\s,]*according to (?:(${nameWords})|(?:the|a|an|his|her|its|their) \\w+)`,
  'u'
)
/** A role or party after a name, "(R-Warren)" or "(D)", which is not part of it. */
const parenthetical = /\s*\([^()]{0,40}\)/g
const pronoun = /^(?:he|she)$/i

/** The claim's quoted statement, or null when it quotes none. */
export function findQuote(text: string, context: QuoteContext): Quote | null {
  if (context.turn) return turnQuote(text, context.turn, context)
  const quotations = quotationsIn(text)
  const parts = quotations.filter((part) => part.role === 'statement')
  const open = quotations.length === 0 ? openQuotation.exec(text) : null
  if (open?.[1] && open[1].trim().split(/\s+/).length >= 4) {
    parts.push({ text: open[1].trim(), start: open.index, end: text.length, role: 'statement' })
  }
  const first = parts[0]
  if (!first) return null
  const quoteText = parts.map((part) => part.text.replace(/,$/, '')).join(' ')
  const found = speakerOf(text, first.start, first.end, context) ?? continuation(text, first, context)
  return {
    text: quoteText,
    speaker: found?.speaker ?? null,
    certainty: found?.speaker ? found.certainty : null
  }
}

/** A sentence of an interview turn: all of it is its speaker's statement; questions are not. */
function turnQuote(text: string, turn: InterviewTurn, context: QuoteContext): Quote | null {
  const statement = turnStatement(text)
  if (turn.kind === 'question' || statement === '' || /\?["”’]?$/.test(statement)) return null
  const [speaker, certainty]: [string | null, SpeakerCertainty] =
    turn.kind === 'answer'
      ? [context.interviewee ?? null, 'inferred']
      : [labelledSpeaker(turn.label, context.people), 'stated']
  return { text: statement, speaker, certainty: speaker ? certainty : null }
}

function speakerOf(text: string, start: number, end: number, context: QuoteContext): Attribution | null {
  const following = text.slice(end, end + 120).replace(parenthetical, '')
  const after = subjectAfter.exec(following)
  const named = after?.[1] ?? after?.[2]
  const stated = named ? resolve(named, context) : null
  if (stated?.speaker) return stated // "said harbourmaster Ines Calloway"; not "said Tuesday"
  const according = accordingTo.exec(following)
  if (according) {
    if (according[1]) return resolve(according[1], context)
    // "according to the statement": whoever the sentence before says issued it, or no one.
    const issuer = context.previousText ? firstNamedIn(context.previousText, context.people) : null
    return { speaker: issuer, certainty: 'inferred' }
  }
  const before = text.slice(0, start).replace(parenthetical, '')
  const verb = verbJustBefore.exec(before) ?? verbBefore.exec(before)
  if (!verb) return null
  const subject = before.slice(0, verb.index)
  const relative = /[\s,]*\bwho\s*$/.exec(subject)
  if (relative) return resolve(subject.slice(0, relative.index), context) // "Musalia Mudavadi, who called"
  // "John Bolton, a former adviser, stated" — skip appositives, which start in lower case; but
  // "in June, he admitted" is "he", never June.
  const clauses = subject.split(',').map((clause) => clause.trim())
  for (let index = clauses.length - 1; index >= 0; index--) {
    const clause = clauses[index] ?? ''
    const lastWord = clause.split(/\s+/).at(-1) ?? ''
    if (pronoun.test(lastWord)) return resolve(lastWord, context)
    if (clause && !/^\p{Ll}/u.test(clause)) return resolve(clause, context)
  }
  return null
}

/** A quotation opening its sentence with no attribution continues the previous speaker's. */
function continuation(
  text: string,
  quote: { start: number; end: number },
  context: QuoteContext
): Attribution | null {
  if (!context.previousSpeaker || text.slice(0, quote.start).trim() !== '') return null
  if (anyVerb.test(text.slice(quote.end))) return null // "a spokesperson said": someone else, unnamed
  return { speaker: context.previousSpeaker, certainty: 'inferred' }
}

function resolve(subject: string, context: QuoteContext): Attribution {
  // "Dana Whitcombe of Bayline Ferries": the person, not the company.
  const words = subject
    .trim()
    .replace(/(\p{Lu}[\p{L}'’-]*)\s+(?:of|at|from|for)\s+(?:the\s+)?\p{Lu}[\p{L}\s.&'’-]*$/u, '$1')
    .split(/\s+/)
  const last = words.at(-1) ?? ''
  if (pronoun.test(last)) return { speaker: recentPerson(context), certainty: 'inferred' }
  const capitalised: string[] = []
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] ?? ''
    // "van" and "der" inside a name, never its last word ("said van" is no one).
    if (!/^\p{Lu}/u.test(word) && !(capitalised.length > 0 && nameParticles.has(word))) break
    capitalised.unshift(word)
  }
  return { speaker: personName(capitalised, context.people), certainty: 'stated' }
}

/** The person "he" or "she" points at: named in the previous sentence, or else most recently. */
function recentPerson(context: QuoteContext): string | null {
  const previous = context.previousText ? firstPersonIn(context.previousText, context.people) : null
  return previous ?? context.lastNamed ?? null
}

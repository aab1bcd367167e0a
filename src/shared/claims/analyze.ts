/**
 * Claim analysis, computed on the fly from an article (nothing is stored): each claim's kinds,
 * numbers, quotation and check-worthiness, and the arithmetic checks across claims. One pass over
 * the claims, so it stays linear in the article's length.
 */
import type { Article } from '../model'
import { classifyClaim, type ClaimKind } from './kinds'
import { findNumberChecks, type CheckableClaim, type NumberCheck } from './number-checks'
import { parseNumbers, type ParsedNumber } from './numbers'
import { interviewTurn, type InterviewTurn } from './interview-turns'
import { findPeople, firstPersonIn, subjectPersonIn } from './people'
import { quotationsIn, quotedTerms, type QuotedTerm } from './quoted-terms'
import { findQuote, type Quote, type QuoteContext } from './quotes'
import { checkWorthiness } from './score'

export interface ClaimAnalysis {
  claimId: string
  kinds: ClaimKind[]
  /** Check-worthiness, 0..1 (see score.ts). */
  score: number
  numbers: ParsedNumber[]
  quote: Quote | null
  /** Scare-quoted terms, titles of works and nicknames: quotation marks that quote no one. */
  terms: QuotedTerm[]
}

/** What a claim's quotation needs from the text before it (see quotes.ts). */
export type ClaimContext = QuoteContext

export interface ArticleAnalysis {
  /** Same order as `article.claims`. */
  claims: ClaimAnalysis[]
  checks: NumberCheck[]
}

/** What a claim's wording shows before it is scored: its numbers, quotation and kinds. */
export function readClaim(text: string, context: ClaimContext): Omit<ClaimAnalysis, 'claimId' | 'score'> {
  const numbers = parseNumbers(text)
  const quote = findQuote(text, context)
  const kinds = classifyClaim(text, numbers.length > 0, quote !== null)
  return { kinds, numbers, quote, terms: quotedTerms(quotationsIn(text)) }
}

/** Analyses one claim's text. */
export function analyzeClaim(claimId: string, text: string, context: ClaimContext): ClaimAnalysis {
  const read = readClaim(text, context)
  return { claimId, ...read, score: checkWorthiness(text, read) }
}

export function analyzeArticle(article: Article): ArticleAnalysis {
  const prose = article.blocks
    .filter((block) => block.type !== 'title' && block.type !== 'heading')
    .map((block) => article.text.slice(block.start, block.end))
  const people = findPeople(prose.join('\n'))
  const claims: ClaimAnalysis[] = []
  const checkable: CheckableClaim[] = []
  let blockIndex = 0
  let previous: { block: number; text: string } | null = null
  let lastNamed: string | null = null
  // The last speaker quoted, and the paragraph they were last quoted in: a quotation with no speaker
  // of its own in that paragraph or the next continues theirs.
  let speaker: { name: string; block: number } | null = null
  let turnBlock = -1
  let turn: InterviewTurn | null = null
  let interviewee: string | null = null
  for (const claim of article.claims) {
    while ((article.blocks[blockIndex]?.end ?? Infinity) < claim.start) blockIndex++
    const text = article.text.slice(claim.start, claim.end)
    const previousText = previous?.block === blockIndex ? previous.text : null
    if (turnBlock !== blockIndex) {
      // A paragraph's label ("Q:", "A:", "NAME:") is read once, at its first sentence.
      turnBlock = blockIndex
      turn = interviewTurn(text)
      if (turn?.kind === 'question') interviewee ??= lastNamed
    }
    const analysis = analyzeClaim(claim.id, text, {
      people,
      previousText,
      lastNamed,
      previousSpeaker: speaker && speaker.block >= blockIndex - 1 ? speaker.name : null,
      turn,
      interviewee
    })
    claims.push(analysis)
    checkable.push({ claimId: claim.id, text, block: blockIndex, numbers: analysis.numbers })
    previous = { block: blockIndex, text }
    const named = firstPersonIn(text, people)
    lastNamed = named ?? lastNamed
    speaker = nextSpeaker(speaker, analysis.quote, named, named && subjectPersonIn(text, people), blockIndex)
  }
  return { claims, checks: findNumberChecks(checkable) }
}

/**
 * Who a following quotation continues: the speaker of this claim's quotation; else, after a
 * sentence whose subject is someone ("Okafor was not persuaded."), that person; else, after a
 * sentence naming someone else, no one (a new person may be speaking); else the same as before.
 */
function nextSpeaker(
  current: { name: string; block: number } | null,
  quote: Quote | null,
  named: string | null,
  subject: string | null,
  block: number
): { name: string; block: number } | null {
  if (quote) return quote.speaker ? { name: quote.speaker, block } : current
  if (subject) return { name: subject, block }
  return named && named !== current?.name ? null : current
}

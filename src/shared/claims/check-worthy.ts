/**
 * Which claims the reading view underlines as check-worthy, and why. The line is calibrated on
 * news articles (bench/underline-share.ts): a typical article underlines about its top quarter,
 * the claims a fact-checker should look at first, rather than nearly every sentence.
 */
import type { ClaimAnalysis } from './analyze'
import type { ClaimKind } from './kinds'

/** The score (a rank among checked debate lines, see score.ts) a claim needs to be underlined. */
export const CHECK_WORTHY_SCORE = 0.73

export function isCheckWorthy(analysis: Pick<ClaimAnalysis, 'score'>): boolean {
  return analysis.score >= CHECK_WORTHY_SCORE
}

/** What the claim panel shows about a claim's check-worthiness. */
export interface CheckWorthiness {
  /** 0..1, see score.ts. */
  score: number
  /** Whether the reading view underlines it: `score >= CHECK_WORTHY_SCORE`. */
  checkWorthy: boolean
  /** Why a fact-checker might look at it, most telling first: "2 figures", "a named source" … */
  reasons: string[]
}

const kindReasons: Partial<Record<ClaimKind, string>> = {
  attribution: 'a named source',
  comparison: 'a comparison',
  causal: 'a cause and effect',
  date: 'a date or past event'
}

/** The claim's score, whether it is underlined, and the reasons, in words a reader understands. */
export function checkWorthinessOf(
  analysis: Pick<ClaimAnalysis, 'score' | 'kinds' | 'numbers' | 'quote'>
): CheckWorthiness {
  const reasons: string[] = []
  const figures = analysis.numbers.length
  if (figures > 0) reasons.push(figures === 1 ? 'a figure' : `${figures} figures`)
  if (analysis.quote) {
    reasons.push(analysis.quote.speaker ? `a quotation of ${analysis.quote.speaker}` : 'a quotation')
  }
  for (const kind of ['attribution', 'comparison', 'causal', 'date'] as const) {
    const reason = kindReasons[kind]
    if (reason && analysis.kinds.includes(kind)) reasons.push(reason)
  }
  if (analysis.kinds.includes('opinion')) reasons.push('opinion: argued rather than checkable')
  return { score: analysis.score, checkWorthy: isCheckWorthy(analysis), reasons }
}

export interface SpeakerQuotes {
  speaker: string | null
  claimIds: string[]
  quotes: string[]
  /** Per quote: whether its speaker is inferred ("he said", a continuation) rather than named. */
  inferred: boolean[]
}

/** Quotes grouped by speaker, most quoted first; unattributed quotes last. */
export function quotesBySpeaker(claims: readonly ClaimAnalysis[]): SpeakerQuotes[] {
  const groups = new Map<string | null, SpeakerQuotes>()
  for (const claim of claims) {
    if (!claim.quote) continue
    const speaker = claim.quote.speaker
    const group = groups.get(speaker) ?? { speaker, claimIds: [], quotes: [], inferred: [] }
    group.claimIds.push(claim.claimId)
    group.quotes.push(claim.quote.text)
    group.inferred.push(claim.quote.certainty === 'inferred')
    groups.set(speaker, group)
  }
  return [...groups.values()].sort((a, b) => {
    if (a.speaker === null || b.speaker === null) return a.speaker === null ? 1 : -1
    return b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker)
  })
}

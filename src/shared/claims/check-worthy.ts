/**
 * Which claims the reading view marks as check-worthy: those the learned model rates at least as
 * high as half the sentences fact-checkers chose to check (the score is that rank, see score.ts).
 * In the training debates, rated by models that had not seen them, this line keeps half of the
 * checked lines and one in seven of the others (scripts/train-checkworthy.ts reports both).
 */
import type { ClaimAnalysis } from './analyze'

export const CHECK_WORTHY_SCORE = 0.5

export function isCheckWorthy(analysis: Pick<ClaimAnalysis, 'score'>): boolean {
  return analysis.score >= CHECK_WORTHY_SCORE
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

/**
 * Which claims the reading view marks as check-worthy: a number, an attributed quote, a
 * comparison or a named source lifts a claim's score past this line (see score.ts).
 */
import type { ClaimAnalysis } from './analyze'

export const CHECK_WORTHY_SCORE = 0.4

export function isCheckWorthy(analysis: Pick<ClaimAnalysis, 'score'>): boolean {
  return analysis.score >= CHECK_WORTHY_SCORE
}

export interface SpeakerQuotes {
  speaker: string | null
  claimIds: string[]
  quotes: string[]
}

/** Quotes grouped by speaker, most quoted first; unattributed quotes last. */
export function quotesBySpeaker(claims: readonly ClaimAnalysis[]): SpeakerQuotes[] {
  const groups = new Map<string | null, SpeakerQuotes>()
  for (const claim of claims) {
    if (!claim.quote) continue
    const speaker = claim.quote.speaker
    const group = groups.get(speaker) ?? { speaker, claimIds: [], quotes: [] }
    group.claimIds.push(claim.claimId)
    group.quotes.push(claim.quote.text)
    groups.set(speaker, group)
  }
  return [...groups.values()].sort((a, b) => {
    if (a.speaker === null || b.speaker === null) return a.speaker === null ? 1 : -1
    return b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker)
  })
}

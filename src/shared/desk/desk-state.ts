/**
 * A desk document as the team sees it, computed from the records in the local replica: every
 * member's verdict per claim, the tally, disagreement, the sign-off and whether it is stale (a
 * verdict it saw has changed since), texts kept from conflicts, the assignment and the history.
 * Pure, so every replica that holds the same records shows the same desk state.
 */
import type { ConflictText, DeskClaimState, DeskDocumentView, DeskEvent, MemberVerdict } from './desk-types'
import type { AssignmentRecord, EventRecord, MemberClaimReview, ReviewRecord, SignoffRecord } from './records'
import type { ClaimStatus } from '../status'

/** The records of one desk document, as the replica holds them. */
export interface DeskDocumentRecords {
  deskDocId: string
  claimIds: readonly string[]
  reviews: readonly ReviewRecord[]
  signoffs: readonly SignoffRecord[]
  assignment: AssignmentRecord | null
  /** Events with their record ids. */
  events: readonly { id: string; record: EventRecord }[]
  /** Notes kept from conflicting revisions of a review (CouchDB's `_conflicts`), per member and claim. */
  conflictNotes?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>
}

/** FNV-1a, 32 bits: a short, stable digest of a note for a fingerprint (not for security). */
function digest(text: string): string {
  let hash = 0x811c9dc5
  for (let at = 0; at < text.length; at++) {
    hash ^= text.charCodeAt(at)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/**
 * What a sign-off remembers of a member's review of a claim: the status and the note. If either
 * changes afterwards, the sign-off is stale until an editor confirms it again.
 */
export function claimFingerprint(review: MemberClaimReview | undefined): string {
  if (!review || (review.status === null && review.note === '')) return 'none'
  return `${review.status ?? 'unreviewed'}:${digest(review.note)}`
}

/** Each member's fingerprint of a claim, for a new sign-off's `saw`. */
export function fingerprintsOf(reviews: readonly ReviewRecord[], claimId: string): Record<string, string> {
  const saw: Record<string, string> = {}
  for (const review of reviews) {
    const print = claimFingerprint(review.claims[claimId])
    if (print !== 'none') saw[review.member] = print
  }
  return saw
}

export function isStale(signoff: SignoffRecord, reviews: readonly ReviewRecord[]): boolean {
  const now = fingerprintsOf(reviews, signoff.claimId)
  const members = new Set([...Object.keys(now), ...Object.keys(signoff.saw)])
  for (const member of members) if ((now[member] ?? 'none') !== (signoff.saw[member] ?? 'none')) return true
  return false
}

const byName = (a: { member: string }, b: { member: string }) =>
  a.member < b.member ? -1 : a.member > b.member ? 1 : 0

export function claimState(records: DeskDocumentRecords, claimId: string): DeskClaimState {
  const verdicts: MemberVerdict[] = []
  const tally: Partial<Record<ClaimStatus, number>> = {}
  const conflicts: ConflictText[] = []
  for (const review of [...records.reviews].sort(byName)) {
    const claim = review.claims[claimId]
    if (claim) {
      if (claim.status !== null || claim.note !== '' || claim.sources.length > 0) {
        verdicts.push({
          member: review.member,
          status: claim.status,
          note: claim.note,
          at: claim.updatedAt,
          sources: claim.sources.length
        })
      }
      if (claim.status) tally[claim.status] = (tally[claim.status] ?? 0) + 1
      for (const text of claim.conflicts ?? [])
        if (text !== claim.note) conflicts.push({ member: review.member, text })
    }
    for (const text of records.conflictNotes?.[review.member]?.[claimId] ?? []) {
      const kept = conflicts.some((conflict) => conflict.member === review.member && conflict.text === text)
      if (text !== claim?.note && !kept) conflicts.push({ member: review.member, text })
    }
  }
  const given = new Set(
    verdicts.map((verdict) => verdict.status).filter((status) => status !== null && status !== 'not-a-claim')
  )
  const signoff = records.signoffs.find((candidate) => candidate.claimId === claimId) ?? null
  return {
    claimId,
    verdicts,
    signOff: signoff && {
      editor: signoff.editor,
      verdict: signoff.verdict,
      reason: signoff.reason,
      at: signoff.at,
      stale: isStale(signoff, records.reviews)
    },
    tally,
    disagreement: given.size > 1,
    conflicts
  }
}

export function deskDocumentView(records: DeskDocumentRecords): DeskDocumentView {
  const claims: Record<string, DeskClaimState> = {}
  for (const claimId of records.claimIds) claims[claimId] = claimState(records, claimId)
  const history: DeskEvent[] = records.events
    .map(({ id, record }) => ({
      id,
      member: record.member,
      claimId: record.claimId ?? null,
      what: record.what,
      from: record.from ?? null,
      to: record.to ?? null,
      at: record.at
    }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const assignment = records.assignment
  return {
    deskDocId: records.deskDocId,
    assignment: assignment && { assignee: assignment.assignee, by: assignment.by, at: assignment.at },
    claims,
    history
  }
}

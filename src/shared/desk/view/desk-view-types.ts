/**
 * What the renderer is told about the desk (DESK-PLAN.md): the connection and its sync state, and
 * one desk document's claims as the members reviewed them. Types only, so the page's bundle needs
 * no schema to use them.
 */
import type { ClaimStatus, Verdict } from '../../status'

export type DeskRole = 'checker' | 'editor'
export type DeskSyncState = 'synced' | 'waiting' | 'offline' | 'refused'

export interface DeskRefusal {
  recordId: string
  reason: string
  at: string
}

export interface DeskMember {
  name: string
  role: DeskRole
}

export type DeskStatus =
  | { connected: false }
  | {
      connected: true
      url: string
      name: string
      role: DeskRole
      state: DeskSyncState
      waiting: number
      refused: DeskRefusal[]
      revision: number
      lastSyncedAt: string | null
      members: DeskMember[]
    }

/** One member's own review of a claim, as the desk has it. */
export interface MemberVerdict {
  member: string
  status: ClaimStatus | null
  note: string
  at: string
  sources: number
}

/** An editor's final verdict on a claim; stale once a verdict it saw has changed. */
export interface DeskSignOff {
  editor: string
  verdict: Verdict
  reason: string
  at: string
  stale: boolean
}

export interface DeskClaimState {
  claimId: string
  verdicts: MemberVerdict[]
  signOff: DeskSignOff | null
  tally: Partial<Record<ClaimStatus, number>>
  disagreement: boolean
  /** Texts kept from a conflict (one member writing on two machines offline), if any. */
  conflicts: string[]
}

export interface DeskEvent {
  id: string
  member: string
  claimId: string | null
  what: string
  from: string | null
  to: string | null
  at: string
}

export interface DeskAssignment {
  assignee: string
  by: string
  at: string
}

export interface DeskDocumentView {
  deskDocId: string
  assignment: DeskAssignment | null
  claims: Record<string, DeskClaimState>
  history: DeskEvent[]
}

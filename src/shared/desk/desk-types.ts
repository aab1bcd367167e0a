/**
 * What the desk shows a person: the sync state, and each desk document's claims as the team sees
 * them. Types only (no zod), so the renderer can import them without the schemas.
 */
import type { ClaimStatus, Verdict } from '../status'

export type DeskRole = 'checker' | 'editor'
export const deskRoles = ['checker', 'editor'] as const satisfies readonly DeskRole[]

/** In words for the header: Synced · N waiting · Offline · Refused. */
export type DeskSyncState = 'synced' | 'waiting' | 'offline' | 'refused'

/** A write the server refused: kept locally with the server's reason, never dropped. */
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
      /** Records in the outbox not yet accepted by the server. */
      waiting: number
      refused: DeskRefusal[]
      /** Grows whenever the local replica changes: the renderer refetches the desk view then. */
      revision: number
      lastSyncedAt: string | null
      /** The members seen on the desk (from their records), with the role each last acted in. */
      members: DeskMember[]
    }

/** One member's verdict on a claim, from their review record. */
export interface MemberVerdict {
  member: string
  status: ClaimStatus | null
  note: string
  at: string
  /** How many sources the member attached. */
  sources: number
}

export interface DeskSignOff {
  editor: string
  verdict: Verdict
  reason: string
  at: string
  /** A verdict it saw has changed since (or a member's verdict came in after it). */
  stale: boolean
}

/** A note's other text, kept when its member changed it on two machines while offline. */
export interface ConflictText {
  member: string
  text: string
}

export interface DeskClaimState {
  claimId: string
  verdicts: MemberVerdict[]
  signOff: DeskSignOff | null
  tally: Partial<Record<ClaimStatus, number>>
  /** Members gave different verdicts ("not a claim" and unreviewed aside). */
  disagreement: boolean
  /** Texts kept from a conflict (the same member on two machines offline), with whose note it was. */
  conflicts: ConflictText[]
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
  /** Oldest first. */
  history: DeskEvent[]
}

/** The desk filters of All claims and the search bar. */
export const deskClaimFilters = ['disagreement', 'awaiting-sign-off', 'signed-off', 'assigned-to-me'] as const
export type DeskClaimFilter = (typeof deskClaimFilters)[number]

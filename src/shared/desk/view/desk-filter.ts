/**
 * The desk's filters over claims — Disagreement, Awaiting sign-off, Signed off, Assigned to me —
 * in the search bar (over one document's desk view) and in All claims (the services answer them).
 */
import { isVerdict } from '../../status'
import { deskClaimFilters, type DeskClaimFilter } from '../desk-types'
import type { DeskClaimState, DeskDocumentView } from './desk-view-types'

export const deskFilters = deskClaimFilters
export type DeskFilter = DeskClaimFilter

export const deskFilterLabel: Record<DeskFilter, string> = {
  disagreement: 'Disagreement',
  'awaiting-sign-off': 'Awaiting sign-off',
  'signed-off': 'Signed off',
  'assigned-to-me': 'Assigned to me'
}

/** A sign-off that still holds: none of the verdicts it saw has changed since. */
export const isSignedOff = (state: DeskClaimState | undefined): boolean =>
  Boolean(state?.signOff && !state.signOff.stale)

/** A member gave a verdict, and no editor has signed it off (or the sign-off is out of date). */
export const isAwaitingSignOff = (state: DeskClaimState | undefined): boolean =>
  Boolean(state && state.verdicts.some((verdict) => isVerdict(verdict.status)) && !isSignedOff(state))

export function deskClaimPasses(
  filter: DeskFilter,
  state: DeskClaimState | undefined,
  assignedToMe: boolean
): boolean {
  switch (filter) {
    case 'disagreement':
      return Boolean(state?.disagreement)
    case 'awaiting-sign-off':
      return isAwaitingSignOff(state)
    case 'signed-off':
      return isSignedOff(state)
    case 'assigned-to-me':
      return assignedToMe
  }
}

/** The claims of one desk document that pass `filter`, for `me` (the connected member). */
export function deskMatchingIds(
  claimIds: readonly string[],
  view: DeskDocumentView | null,
  filter: DeskFilter,
  me: string | null
): Set<string> {
  if (!view) return new Set()
  const assignedToMe = me !== null && view.assignment?.assignee === me
  return new Set(claimIds.filter((claimId) => deskClaimPasses(filter, view.claims[claimId], assignedToMe)))
}

/** What the margin shows beside a claim: disagreement first (it needs a decision), then sign-off. */
export type DeskMark = 'disagreement' | 'signed-off' | 'stale'

export function deskMarkOf(state: DeskClaimState | undefined): DeskMark | null {
  if (!state) return null
  if (state.signOff) return state.signOff.stale ? 'stale' : 'signed-off'
  return state.disagreement ? 'disagreement' : null
}

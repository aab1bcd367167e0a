/**
 * The desk in words: the sync state ("Synced", "3 waiting", "Offline", "Refused"), a claim's tally
 * ("2 Verified · 1 Disputed"), a member's verdict ("ben: Disputed — tender was re-issued") and a
 * history event. The header, the claim panel and the history read the same sentences.
 */
import { claimStatuses, statusLabel, type ClaimStatus } from '../../status'
import type { DeskClaimState, DeskEvent, DeskStatus, MemberVerdict } from './desk-view-types'

type Connected = Extract<DeskStatus, { connected: true }>

/** The header's word for the sync state, and what it means in a sentence (its tooltip). */
export function syncWords(status: Connected): { label: string; detail: string } {
  const waiting = status.waiting
  const queued = `${waiting} ${waiting === 1 ? 'change' : 'changes'}`
  switch (status.state) {
    case 'synced':
      return { label: 'Synced', detail: 'Every change is on the desk, and the desk’s changes are here.' }
    case 'waiting':
      return {
        label: `${waiting} waiting`,
        detail: `${queued} saved here, on the way to the desk.`
      }
    case 'offline':
      return {
        label: waiting > 0 ? `Offline · ${waiting} waiting` : 'Offline',
        detail:
          waiting > 0
            ? `The desk cannot be reached. ${queued} saved here will be sent when it can.`
            : 'The desk cannot be reached. Your changes are saved here and will be sent when it can.'
      }
    case 'refused': {
      const count = status.refused.length
      return {
        label: 'Refused',
        detail: `The desk refused ${count === 1 ? 'a change' : `${count} changes`}; ${
          count === 1 ? 'it is' : 'they are'
        } kept here.`
      }
    }
  }
}

/** "2 Verified · 1 Disputed", in the order of the statuses; "No verdicts yet" when empty. */
export function tallyText(tally: DeskClaimState['tally']): string {
  const parts = claimStatuses.flatMap((status) => {
    const count = tally[status] ?? 0
    return count > 0 ? [`${count} ${statusLabel[status]}`] : []
  })
  return parts.length > 0 ? parts.join(' · ') : 'No verdicts yet'
}

export const statusWord = (status: ClaimStatus | null): string => (status ? statusLabel[status] : 'No status')

/** "ben: Disputed — tender was re-issued" (the note's first line, shortened). */
export function verdictLine(verdict: MemberVerdict, noteLength = 140): string {
  const note = verdict.note.trim().split('\n')[0]?.trim() ?? ''
  const shortNote = note.length > noteLength ? `${note.slice(0, noteLength - 1).trimEnd()}…` : note
  return `${verdict.member}: ${statusWord(verdict.status)}${shortNote ? ` — ${shortNote}` : ''}`
}

/** The claim's desk state in a few words: the sign-off if there is one, else the tally. */
export function claimDeskSummary(state: DeskClaimState): string {
  const { signOff } = state
  if (signOff) {
    return `${signOff.stale ? 'Sign-off out of date' : 'Signed off'}: ${statusLabel[signOff.verdict]} (${signOff.editor})`
  }
  return tallyText(state.tally)
}

const eventWhat: Record<string, string> = {
  share: 'shared the document',
  status: 'set the status',
  note: 'changed the note',
  sources: 'changed the sources',
  tags: 'changed the tags',
  highlights: 'changed the highlights',
  'sign-off': 'signed off',
  signoff: 'signed off',
  assign: 'assigned the document',
  assignment: 'assigned the document'
}

/** Status ids read as their labels; anything else as written. */
const valueWord = (value: string): string =>
  (claimStatuses as readonly string[]).includes(value) ? statusLabel[value as ClaimStatus] : value

/** "ben set the status: Verified → Disputed", "ed signed off: Disputed". */
export function eventText(event: DeskEvent): string {
  const what = eventWhat[event.what] ?? event.what.replace(/-/g, ' ')
  const from = event.from === null ? null : valueWord(event.from)
  const to = event.to === null ? null : valueWord(event.to)
  const change =
    from !== null && to !== null ? `${from} → ${to}` : (to ?? (from !== null ? `${from} → none` : ''))
  return `${event.member} ${what}${change ? `: ${change}` : ''}`
}

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

/** Status ids read as their labels; anything else as written. */
const valueWord = (value: string | null): string =>
  value === null
    ? 'No status'
    : (claimStatuses as readonly string[]).includes(value)
      ? statusLabel[value as ClaimStatus]
      : value

const quoted = (text: string | null) => (text ? `“${text}”` : '')

/**
 * A history event as a sentence, from the engine's words (`shared`, `status`, `note`, `sources`,
 * `tags`, `signed off`, `sign-off confirmed`, `assigned`): "ben set the status: Verified →
 * Disputed", "ed signed off: Disputed", "ed assigned the document to ana". Words it does not know
 * are said as written, never dropped.
 */
export function eventText(event: DeskEvent): string {
  const { member, from, to } = event
  switch (event.what) {
    case 'shared':
      return `${member} shared the document${to ? ` ${quoted(to)}` : ''}`
    case 'status':
      return `${member} set the status: ${valueWord(from)} → ${valueWord(to)}`
    case 'note':
      return to ? `${member} changed the note: ${quoted(to)}` : `${member} cleared the note`
    case 'sources':
      return `${member} changed the sources: ${from ?? 0} → ${to ?? 0}`
    case 'tags':
      return `${member} changed the tags${to ? `: ${to}` : ''}`
    case 'signed off':
      return `${member} signed off: ${valueWord(to)}`
    case 'sign-off confirmed':
      return `${member} confirmed the sign-off: ${from && from !== to ? `${valueWord(from)} → ` : ''}${valueWord(to)}`
    case 'assigned':
      return `${member} assigned the document to ${to ?? 'no one'}${from ? ` (was ${from})` : ''}`
    default: {
      const change =
        from !== null && to !== null
          ? `${valueWord(from)} → ${valueWord(to)}`
          : to !== null
            ? valueWord(to)
            : ''
      return `${member} ${event.what}${change ? `: ${change}` : ''}`
    }
  }
}

const recordWords: Record<string, string> = {
  article: 'shared article',
  review: 'your review',
  signoff: 'sign-off',
  assignment: 'assignment',
  event: 'history'
}

/** What a refused record was, from its id ("signoff:…" → "sign-off"); null when the id says nothing. */
export function refusedRecordKind(recordId: string): string | null {
  const type = recordId.split(':')[0] ?? ''
  return Object.hasOwn(recordWords, type) ? (recordWords[type] ?? null) : null
}

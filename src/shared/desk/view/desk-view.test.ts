import { describe, expect, it } from 'vitest'
import { deskMarkOf, deskMatchingIds, isAwaitingSignOff } from './desk-filter'
import type { DeskClaimState, DeskDocumentView, DeskStatus } from './desk-view-types'
import {
  claimDeskSummary,
  eventText,
  refusedRecordKind,
  syncWords,
  tallyText,
  verdictLine
} from './desk-words'

const at = '2026-03-18T10:00:00.000Z'
const state = (claimId: string, patch: Partial<DeskClaimState> = {}): DeskClaimState => ({
  claimId,
  verdicts: [],
  signOff: null,
  tally: {},
  disagreement: false,
  conflicts: [],
  ...patch
})
type Connected = Extract<DeskStatus, { connected: true }>
const connected = (patch: Partial<Connected>): Connected => ({
  connected: true,
  url: 'https://desk.example.org/news',
  name: 'ana',
  role: 'checker',
  state: 'synced',
  waiting: 0,
  refused: [],
  revision: 1,
  lastSyncedAt: at,
  members: [],
  ...patch
})

describe('the desk in words', () => {
  it('says the sync state as the header shows it', () => {
    expect(syncWords(connected({})).label).toBe('Synced')
    expect(syncWords(connected({ state: 'waiting', waiting: 3 })).label).toBe('3 waiting')
    expect(syncWords(connected({ state: 'offline', waiting: 2 })).label).toBe('Offline · 2 waiting')
    expect(syncWords(connected({ state: 'offline', waiting: 0 })).label).toBe('Offline')
    const refused = syncWords(
      connected({
        state: 'refused',
        refused: [{ recordId: 'signoff:d:c1', reason: 'Only editors sign off.', at }]
      })
    )
    expect(refused).toEqual({ label: 'Refused', detail: 'The desk refused a change; it is kept here.' })
  })

  it('names what a refused record was, and nothing for an id that says nothing', () => {
    expect(refusedRecordKind('signoff:d1:c1')).toBe('sign-off')
    expect(refusedRecordKind('review:d1:ana')).toBe('your review')
    expect(refusedRecordKind('(the desk)')).toBeNull()
    expect(refusedRecordKind('__proto__:x')).toBeNull()
  })

  it('tallies verdicts in the statuses’ order', () => {
    expect(tallyText({ disputed: 1, verified: 2 })).toBe('2 Verified · 1 Disputed')
    expect(tallyText({})).toBe('No verdicts yet')
  })

  it('writes a member’s verdict with the first line of the note', () => {
    expect(
      verdictLine({
        member: 'ben',
        status: 'disputed',
        note: 'tender was re-issued\nsee page 4',
        at,
        sources: 1
      })
    ).toBe('ben: Disputed — tender was re-issued')
    expect(verdictLine({ member: 'ana', status: null, note: '', at, sources: 0 })).toBe('ana: No status')
  })

  it('gives the sign-off before the tally, and says when it is out of date', () => {
    const signOff = { editor: 'erin', verdict: 'verified', reason: '', at, stale: false } as const
    expect(claimDeskSummary(state('c1', { signOff, tally: { verified: 1 } }))).toBe(
      'Signed off: Verified (erin)'
    )
    expect(claimDeskSummary(state('c1', { signOff: { ...signOff, stale: true } }))).toBe(
      'Sign-off out of date: Verified (erin)'
    )
    expect(claimDeskSummary(state('c1', { tally: { verified: 2, disputed: 1 } }))).toBe(
      '2 Verified · 1 Disputed'
    )
  })

  it('describes a history event in the engine’s words as a sentence', () => {
    const event = {
      id: 'e1',
      member: 'ben',
      claimId: 'c1',
      what: 'status',
      from: 'verified',
      to: 'disputed',
      at
    }
    expect(eventText(event)).toBe('ben set the status: Verified → Disputed')
    expect(eventText({ ...event, from: null })).toBe('ben set the status: No status → Disputed')
    expect(eventText({ ...event, what: 'signed off', member: 'ed', from: null, to: 'verified' })).toBe(
      'ed signed off: Verified'
    )
    expect(
      eventText({ ...event, what: 'sign-off confirmed', member: 'ed', from: 'verified', to: 'disputed' })
    ).toBe('ed confirmed the sign-off: Verified → Disputed')
    expect(
      eventText({ ...event, what: 'assigned', member: 'ed', claimId: null, from: null, to: 'ana' })
    ).toBe('ed assigned the document to ana')
    expect(eventText({ ...event, what: 'note', from: null, to: 'tender was re-issued' })).toBe(
      'ben changed the note: “tender was re-issued”'
    )
    expect(eventText({ ...event, what: 'reopened', from: null, to: null })).toBe('ben reopened')
  })
})

describe('the desk filters', () => {
  const verdict = (member: string, status: 'verified' | 'disputed' | null) => ({
    member,
    status,
    note: '',
    at,
    sources: 0
  })
  const view: DeskDocumentView = {
    deskDocId: 'd1',
    assignment: { assignee: 'ana', by: 'erin', at },
    history: [],
    claims: {
      c1: state('c1', {
        verdicts: [verdict('ana', 'verified'), verdict('ben', 'disputed')],
        disagreement: true
      }),
      c2: state('c2', {
        verdicts: [verdict('ana', 'verified')],
        signOff: { editor: 'erin', verdict: 'verified', reason: '', at, stale: false }
      }),
      c3: state('c3', {
        verdicts: [verdict('ana', 'disputed')],
        signOff: { editor: 'erin', verdict: 'verified', reason: '', at, stale: true }
      }),
      c4: state('c4', { verdicts: [verdict('ben', null)] })
    }
  }
  const ids = ['c1', 'c2', 'c3', 'c4', 'c5']

  it('finds disagreement, sign-offs that hold, and claims awaiting one (a stale sign-off awaits again)', () => {
    expect([...deskMatchingIds(ids, view, 'disagreement', 'ana')]).toEqual(['c1'])
    expect([...deskMatchingIds(ids, view, 'signed-off', 'ana')]).toEqual(['c2'])
    expect([...deskMatchingIds(ids, view, 'awaiting-sign-off', 'ana')]).toEqual(['c1', 'c3'])
    expect(isAwaitingSignOff(view.claims['c4'])).toBe(false)
  })

  it('lets every claim through "Assigned to me" only for the assignee', () => {
    expect(deskMatchingIds(ids, view, 'assigned-to-me', 'ana').size).toBe(5)
    expect(deskMatchingIds(ids, view, 'assigned-to-me', 'ben').size).toBe(0)
    expect(deskMatchingIds(ids, null, 'signed-off', 'ana').size).toBe(0)
  })

  it('marks the margin: a sign-off (or its staleness) over disagreement', () => {
    expect(ids.map((id) => deskMarkOf(view.claims[id]))).toEqual([
      'disagreement',
      'signed-off',
      'stale',
      null,
      null
    ])
  })
})

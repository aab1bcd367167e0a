import { describe, expect, it } from 'vitest'
import { deskDocumentView, fingerprintsOf, type DeskDocumentRecords } from './desk-state'
import type { ReviewRecord, SignoffRecord } from './records'

function review(member: string, status: ReviewRecord['claims'][string]['status'], note = ''): ReviewRecord {
  return {
    type: 'review',
    deskDocId: 'd',
    member,
    claims: { c1: { status, note, sources: [], tags: [], updatedAt: '2026-12-06T10:00:00Z' } },
    highlights: [],
    updatedAt: '2026-12-06T10:00:00Z'
  }
}

function records(reviews: ReviewRecord[], signoffs: SignoffRecord[] = []): DeskDocumentRecords {
  return { deskDocId: 'd', claimIds: ['c1', 'c2'], reviews, signoffs, assignment: null, events: [] }
}

describe('a desk document’s state', () => {
  it('tallies the verdicts and sees disagreement', () => {
    const view = deskDocumentView(
      records([
        review('ana', 'verified'),
        review('ben', 'disputed', 'tender was re-issued'),
        review('cy', 'verified')
      ])
    )
    expect(view.claims['c1']?.tally).toEqual({ verified: 2, disputed: 1 })
    expect(view.claims['c1']?.disagreement).toBe(true)
    expect(view.claims['c1']?.verdicts.map((v) => `${v.member}:${v.status}`)).toEqual([
      'ana:verified',
      'ben:disputed',
      'cy:verified'
    ])
    expect(view.claims['c2']).toMatchObject({ verdicts: [], disagreement: false, signOff: null })
  })

  it('does not count "not a claim" as disagreement', () => {
    const view = deskDocumentView(records([review('ana', 'verified'), review('ben', 'not-a-claim')]))
    expect(view.claims['c1']?.disagreement).toBe(false)
  })

  it('shows a sign-off as stale once a verdict it saw changes, fresh when re-confirmed', () => {
    const before = [review('ana', 'verified'), review('ben', 'disputed')]
    const signoff: SignoffRecord = {
      type: 'signoff',
      deskDocId: 'd',
      claimId: 'c1',
      editor: 'ed',
      verdict: 'verified',
      reason: 'Budget papers',
      saw: fingerprintsOf(before, 'c1'),
      at: '2026-12-06T11:00:00Z'
    }
    expect(deskDocumentView(records(before, [signoff])).claims['c1']?.signOff?.stale).toBe(false)
    const after = [review('ana', 'verified'), review('ben', 'verified')]
    expect(deskDocumentView(records(after, [signoff])).claims['c1']?.signOff?.stale).toBe(true)
    const newcomer = [...before, review('cy', 'disputed')]
    expect(deskDocumentView(records(newcomer, [signoff])).claims['c1']?.signOff?.stale).toBe(true)
    const confirmed = { ...signoff, saw: fingerprintsOf(after, 'c1') }
    expect(deskDocumentView(records(after, [confirmed])).claims['c1']?.signOff?.stale).toBe(false)
  })

  it('keeps texts from a conflict', () => {
    const mine = review('ana', 'disputed', 'laptop note')
    mine.claims['c1']!.conflicts = ['desktop note']
    const view = deskDocumentView({ ...records([mine]), conflictNotes: { ana: { c1: ['third text'] } } })
    expect(view.claims['c1']?.conflicts).toEqual([
      { member: 'ana', text: 'desktop note' },
      { member: 'ana', text: 'third text' }
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { deskPublishingSettings, parsePublishingRecord, type PublishingRecord } from './publishing-records'
import { truthOMeterScale } from './view/publishing-scale'

const at = '2026-12-06T10:00:00.000Z'
const scale = { type: 'publishing-scale', ratingScale: truthOMeterScale, editor: 'ed', at }
const details = { url: '', claimant: 'The mayor', appearedAt: '', appearedOn: '', rating: 'False' }
const claim = { type: 'claim-publishing', deskDocId: 'bridge-1', claimId: 'c1', details, editor: 'ed', at }

describe('publishing records from the desk', () => {
  it('takes a well-formed scale and claim record under their own ids', () => {
    expect(parsePublishingRecord({ _id: 'publishing:scale', _rev: '1-a', ...scale })).toMatchObject({
      ok: true
    })
    expect(parsePublishingRecord({ _id: 'publishing:bridge-1:c1', ...claim })).toMatchObject({ ok: true })
  })

  it('refuses a wrong id, a bad scale and a prototype key, with a message', () => {
    expect(parsePublishingRecord({ _id: 'publishing:bridge-1:c2', ...claim })).toMatchObject({
      ok: false,
      message: 'Desk record publishing:bridge-1:c2 does not carry the id its content calls for.'
    })
    const oneRating = { ...scale, ratingScale: [{ name: 'True', means: 'verified' }] }
    expect(parsePublishingRecord({ _id: 'publishing:scale', ...oneRating })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/at least two ratings/)
    })
    const hostile = JSON.parse(`{"_id":"publishing:scale","__proto__":{"x":1},"type":"publishing-scale"}`)
    expect(parsePublishingRecord(hostile)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/prototype/)
    })
  })

  it('shows this machine’s waiting records on top of the replica’s, but not refused ones', () => {
    const kept = { 'publishing:scale': scale as PublishingRecord }
    const newer = { ...details, rating: 'Pants on fire' }
    const waiting = [
      { recordId: 'publishing:bridge-1:c1', record: { ...claim, details: newer } },
      { recordId: 'publishing:scale', record: { ...scale, ratingScale: [] }, refused: { reason: 'no', at } }
    ]
    expect(deskPublishingSettings(kept, waiting)).toEqual({
      ratingScale: truthOMeterScale,
      claims: { 'bridge-1': { c1: newer } }
    })
  })
})

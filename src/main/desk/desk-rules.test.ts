/**
 * The desk's rules enforced by a real server over HTTP (pouchdb-server in memory): set up by the
 * same code as `claimcheck desk init` and `desk add-user`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDesk, type TestDesk } from '../../../test/support/couch-server'
import { initDesk } from './desk-admin'

let desk: TestDesk

beforeAll(async () => {
  desk = await startDesk([
    { name: 'ana', role: 'checker' },
    { name: 'ben', role: 'checker' },
    { name: 'ed', role: 'editor' }
  ])
})
afterAll(() => desk.server.close())

async function put(
  as: string | null,
  id: string,
  body: Record<string, unknown>
): Promise<{ status: number; reason: string; rev?: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (as) headers['authorization'] = `Basic ${Buffer.from(`${as}:${as}-password`).toString('base64')}`
  const response = await fetch(`${desk.deskUrl}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify(body)
  })
  const answer = (await response.json()) as { reason?: string; rev?: string }
  return { status: response.status, reason: answer.reason ?? '', ...(answer.rev ? { rev: answer.rev } : {}) }
}

const at = '2026-12-06T10:00:00.000Z'
const article = {
  type: 'article',
  deskDocId: 'bridge-1',
  title: 'The bridge',
  text: 'The bridge cost 4 million.',
  blocks: [{ type: 'paragraph', start: 0, end: 26 }],
  claims: [{ id: 'c1', start: 0, end: 26 }],
  source: 'https://news.example.org/bridge',
  sharedBy: 'ana',
  sharedAt: at
}

describe('the desk rules on a real server', () => {
  it('lets nobody in without a member’s name and password', async () => {
    expect((await put(null, 'review:bridge-1:ana', {})).status).toBe(401)
  })

  it('refuses a checker’s sign-off with the server’s reason, takes an editor’s', async () => {
    const signoff = {
      type: 'signoff',
      deskDocId: 'bridge-1',
      claimId: 'c1',
      verdict: 'verified',
      reason: 'Budget',
      saw: {},
      at
    }
    const refused = await put('ana', 'signoff:bridge-1:c1', { ...signoff, editor: 'ana' })
    expect(refused).toMatchObject({ status: 403, reason: 'Only editors can do that.' })
    expect((await put('ed', 'signoff:bridge-1:c1', { ...signoff, editor: 'ed' })).status).toBe(201)
  })

  it('takes the rating scale and a claim’s publishing details from an editor only', async () => {
    const scale = {
      type: 'publishing-scale',
      ratingScale: [
        { name: 'True', means: 'verified' },
        { name: 'False', means: 'disputed' }
      ],
      at
    }
    const refused = await put('ana', 'publishing:scale', { ...scale, editor: 'ana' })
    expect(refused).toMatchObject({ status: 403, reason: 'Only editors can do that.' })
    expect((await put('ed', 'publishing:scale', { ...scale, editor: 'ana' })).reason).toMatch(
      /own name \(ed\)/
    )
    expect((await put('ed', 'publishing:scale', { ...scale, editor: 'ed' })).status).toBe(201)
    // A checker cannot overwrite the scale under another record type either.
    const disguised = { type: 'review', deskDocId: 'bridge-1', member: 'ana', claims: {}, highlights: [] }
    expect((await put('ana', 'publishing:scale', disguised)).status).toBe(403)
    const details = { url: '', claimant: 'The mayor', appearedAt: '', appearedOn: '', rating: '' }
    const claim = { type: 'claim-publishing', deskDocId: 'bridge-1', claimId: 'c1', details, at }
    expect((await put('ben', 'publishing:bridge-1:c1', { ...claim, editor: 'ben' })).status).toBe(403)
    expect((await put('ed', 'publishing:bridge-1:c2', { ...claim, editor: 'ed' })).status).toBe(403)
    expect((await put('ed', 'publishing:bridge-1:c1', { ...claim, editor: 'ed' })).status).toBe(201)
  })

  it('refuses a review written in another member’s name', async () => {
    const review = { type: 'review', deskDocId: 'bridge-1', claims: {}, highlights: [], updatedAt: at }
    const refused = await put('ana', 'review:bridge-1:ben', { ...review, member: 'ben' })
    expect(refused.status).toBe(403)
    expect(refused.reason).toMatch(/own name \(ana\)/)
    expect((await put('ben', 'review:bridge-1:ben', { ...review, member: 'ben' })).status).toBe(201)
  })

  it('keeps an article as it was first shared', async () => {
    const first = await put('ana', 'article:bridge-1', article)
    expect(first.status).toBe(201)
    const changed = await put('ana', 'article:bridge-1', {
      ...article,
      text: 'The bridge cost 9 million.',
      _rev: first.rev
    })
    expect(changed).toMatchObject({
      status: 403,
      reason: 'A shared article cannot change once it is on the desk.'
    })
  })

  it('never changes or deletes an event', async () => {
    const event = {
      type: 'event',
      deskDocId: 'bridge-1',
      claimId: 'c1',
      member: 'ben',
      what: 'status',
      from: 'verified',
      to: 'disputed',
      at
    }
    const id = `event:bridge-1:${at}:ben:abc`
    const written = await put('ben', id, event)
    expect(written.status).toBe(201)
    expect((await put('ben', id, { ...event, to: 'verified', _rev: written.rev })).status).toBe(403)
    expect((await put('ben', id, { ...event, _deleted: true, _rev: written.rev })).status).toBe(403)
  })

  it('refuses a record type the desk does not hold', async () => {
    const refused = await put('ana', 'vote:1', { type: 'vote', deskDocId: 'bridge-1' })
    expect(refused).toMatchObject({
      status: 403,
      reason: 'A desk holds articles, reviews, sign-offs, assignments, events and publishing settings only.'
    })
  })

  it('keeps members from rewriting the rules', async () => {
    // CouchDB answers 403 ("not a db or server admin"); pouchdb-server answers 401. Both refuse.
    expect([401, 403]).toContain(
      (await put('ed', '_design/claimcheck', { validate_doc_update: 'function(){}' })).status
    )
  })

  it('upgrades older rules in place when init runs again, and leaves current ones alone', async () => {
    const auth = `Basic ${Buffer.from('admin:admin-secret').toString('base64')}`
    const current = (await (
      await fetch(`${desk.deskUrl}/_design/claimcheck`, { headers: { authorization: auth } })
    ).json()) as Record<string, unknown>
    await fetch(`${desk.deskUrl}/_design/claimcheck`, {
      method: 'PUT',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ ...current, claimcheckRules: 0, validate_doc_update: 'function () {}' })
    })
    expect(await initDesk(desk.deskUrl, desk.server.admin)).toEqual({
      createdDatabase: false,
      rules: 'upgraded'
    })
    expect(await initDesk(desk.deskUrl, desk.server.admin)).toEqual({
      createdDatabase: false,
      rules: 'unchanged'
    })
    expect(
      (
        await put('ana', 'signoff:bridge-1:c2', {
          type: 'signoff',
          deskDocId: 'bridge-1',
          claimId: 'c2',
          editor: 'ana',
          verdict: 'verified'
        })
      ).status
    ).toBe(403)
  })
})

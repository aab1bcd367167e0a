/**
 * The sync engine between real members (real stores in temp folders, the real services) over a
 * real CouchDB-compatible server on loopback: sharing, verdicts, sign-offs, refusals kept with the
 * server's reason, offline and back, the same member on two machines.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startDesk, type TestDesk } from '../../../test/support/couch-server'
import { joinDesk, leave, type Member } from '../../../test/support/desk-members'
import { importNew } from '../../../test/support/services'
import { tempFolder } from '../../../test/support/temp-folder'
import { noAllClaimsFilter } from '../../shared/all-claims/all-claims'
import type { ClaimStatus } from '../../shared/model'
import { addDeskUser, initDesk } from './desk-admin'

const article = [
  'The new bridge cost 4 million euros, the council said on Monday.',
  '',
  'It carries 12,000 cars a day. The tender was issued in 2019.'
].join('\n')

let desk: TestDesk
const members: Member[] = []

beforeAll(async () => {
  desk = await startDesk([
    { name: 'ana', role: 'checker' },
    { name: 'ben', role: 'checker' },
    { name: 'ed', role: 'editor' },
    { name: 'flo', role: 'editor' }
  ])
})
afterAll(() => desk.server.close())
/** Each test its own desk database on the one server (users are the server's). */
let deskUrl = ''
let desks = 0
beforeEach(async () => {
  deskUrl = `${desk.server.url}/desk-${++desks}`
  await initDesk(deskUrl, desk.server.admin)
})
afterEach(async () => {
  await Promise.all(members.splice(0).map(leave))
  if (!desk.server.running()) await desk.server.start()
})

async function member(name: string, dataDir?: string): Promise<Member> {
  const joined = await joinDesk({ ...desk, deskUrl }, dataDir ?? (await tempFolder()), name)
  members.push(joined)
  return joined
}

async function synced(...team: Member[]): Promise<void> {
  await Promise.all(team.map((one) => one.engine.whenSynced()))
  await Promise.all(team.map((one) => one.engine.whenSynced()))
}

/** A member's verdict on a claim, as the claim panel gives it. */
const tag = (who: Member, documentId: string, claimId: string, status: ClaimStatus) =>
  who.services.applyChange({ documentId, change: { kind: 'set-status', claimId, status } })
const note = (who: Member, documentId: string, claimId: string, text: string) =>
  who.services.applyChange({ documentId, change: { kind: 'set-note', claimId, note: text } })

let documents = 0

/** A new article each time: the desk keeps every earlier test's articles. */
async function sharedDocument(from: Member) {
  const n = ++documents
  const entry = await importNew(
    from.services,
    `bridge-${n}.txt`,
    `${article} Bridge number ${n} was the ${n}th.`
  )
  await from.services.shareWithDesk({ documentId: entry.id })
  return entry.id
}

describe('the desk between members', () => {
  it('gives every member the shared article with exactly its claims and ids, marked as the desk’s', async () => {
    const ana = await member('ana')
    const ben = await member('ben')
    const id = await sharedDocument(ana)
    await synced(ana, ben)
    const mine = await ana.services.openDocument({ documentId: id })
    const theirs = await ben.services.openDocument({ documentId: id })
    expect(theirs.text).toBe(mine.text)
    expect(theirs.claims).toEqual(mine.claims)
    expect(theirs.desk).toEqual({ deskDocId: id })
    const listed = (await ben.services.listDocuments({})).find((entry) => entry.id === id)
    expect(listed?.desk).toEqual({ deskDocId: id, assignee: null })
  })

  it('shows each member’s verdict, the tally and disagreement, and the editor’s sign-off going stale', async () => {
    const ana = await member('ana')
    const ben = await member('ben')
    const ed = await member('ed')
    const id = await sharedDocument(ana)
    await synced(ana, ben, ed)
    await tag(ana, id, 'c1', 'verified')
    await tag(ben, id, 'c1', 'disputed')
    await note(ben, id, 'c1', 'tender was re-issued')
    await synced(ana, ben, ed)
    const seen = await ed.services.deskDocument({ documentId: id })
    expect(seen?.claims['c1']).toMatchObject({ tally: { verified: 1, disputed: 1 }, disagreement: true })
    expect(
      seen?.claims['c1']?.verdicts.map((verdict) => [verdict.member, verdict.status, verdict.note])
    ).toEqual([
      ['ana', 'verified', ''],
      ['ben', 'disputed', 'tender was re-issued']
    ])
    await ed.services.signOffClaim({
      documentId: id,
      claimId: 'c1',
      verdict: 'disputed',
      reason: 'The tender papers'
    })
    await synced(ana, ben, ed)
    expect((await ana.services.deskDocument({ documentId: id }))?.claims['c1']?.signOff).toMatchObject({
      editor: 'ed',
      verdict: 'disputed',
      stale: false
    })
    await tag(ana, id, 'c1', 'disputed')
    await synced(ana, ben, ed)
    const after = await ed.services.deskDocument({ documentId: id })
    expect(after?.claims['c1']?.signOff?.stale).toBe(true)
    expect(
      after?.history.map((event) => `${event.member} ${event.what} ${event.from ?? ''}→${event.to ?? ''}`)
    ).toEqual(
      expect.arrayContaining([
        'ana status verified→disputed',
        'ed signed off →disputed',
        'ben note →tender was re-issued'
      ])
    )
  })

  it('refuses a checker’s sign-off before it is sent', async () => {
    const ana = await member('ana')
    const id = await sharedDocument(ana)
    await expect(
      ana.services.signOffClaim({ documentId: id, claimId: 'c1', verdict: 'verified', reason: 'x' })
    ).rejects.toThrow('Only editors sign off claims on the desk.')
  })

  it('keeps a write the server refuses, with the server’s reason', async () => {
    const flo = await member('flo')
    const id = await sharedDocument(flo)
    await synced(flo)
    // Flo is made a checker on the server after connecting as an editor.
    await addDeskUser(desk.deskUrl, desk.server.admin, {
      name: 'flo',
      role: 'checker',
      password: 'flo-password'
    })
    await flo.services.assignDeskDocument({ documentId: id, assignee: 'ana' })
    await synced(flo)
    const status = await flo.services.deskStatus({})
    expect(status.connected && status.state).toBe('refused')
    expect(status.connected && status.refused.map((refusal) => refusal.reason)).toContain(
      'Only editors can do that.'
    )
    expect(
      flo.engine.outboxEntries().find((entry) => entry.recordId === `assignment:${id}`)?.record
    ).toMatchObject({ assignee: 'ana' })
    await addDeskUser(desk.deskUrl, desk.server.admin, {
      name: 'flo',
      role: 'editor',
      password: 'flo-password'
    })
  })

  it('queues changes while the server is away and delivers them when it is back', async () => {
    const ana = await member('ana')
    const ben = await member('ben')
    const id = await sharedDocument(ana)
    await synced(ana, ben)
    await desk.server.stop()
    await tag(ana, id, 'c2', 'needs-source')
    await note(ana, id, 'c2', 'no count published')
    await expect
      .poll(async () => {
        const status = await ana.services.deskStatus({})
        return status.connected ? [status.state, status.waiting > 0] : null
      })
      .toEqual(['offline', true])
    await desk.server.start()
    await synced(ana, ben)
    expect((await ben.services.deskDocument({ documentId: id }))?.claims['c2']?.verdicts).toMatchObject([
      { member: 'ana', status: 'needs-source', note: 'no count published' }
    ])
    const status = await ana.services.deskStatus({})
    expect(status.connected && [status.state, status.waiting]).toEqual(['synced', 0])
  })

  it('keeps both notes when one member edits the same note on two machines offline', async () => {
    const laptop = await member('ana')
    const id = await sharedDocument(laptop)
    const desktop = await member('ana')
    await synced(laptop, desktop)
    await desk.server.stop()
    await note(laptop, id, 'c1', 'written on the laptop')
    await note(desktop, id, 'c1', 'written on the desktop')
    await desk.server.start()
    await synced(laptop, desktop)
    await synced(laptop, desktop)
    const view = await laptop.services.deskDocument({ documentId: id })
    const claim = view?.claims['c1']
    expect(
      [claim?.verdicts[0]?.note, ...(claim?.conflicts ?? []).map((conflict) => conflict.text)].sort()
    ).toEqual(['written on the desktop', 'written on the laptop'])
  })
  it('brings your review made on your other machine into this machine’s document', async () => {
    const laptop = await member('ana')
    const id = await sharedDocument(laptop)
    const desktop = await member('ana')
    await synced(laptop, desktop)
    await tag(laptop, id, 'c2', 'disputed')
    await note(laptop, id, 'c2', 'The count was 11,400 in 2024.')
    await synced(laptop, desktop)
    await synced(laptop, desktop)
    const here = await desktop.services.openDocument({ documentId: id })
    expect(here.annotations.claims['c2']).toMatchObject({
      status: 'disputed',
      note: 'The count was 11,400 in 2024.'
    })
    // And nothing goes back and forth afterwards: both machines' reviews are the desk's.
    expect(desktop.engine.outboxEntries().filter((entry) => !entry.refused)).toEqual([])
  })
  it('lists and exports All claims in a desk state: the claims members disagree on', async () => {
    const ana = await member('ana')
    const ben = await member('ben')
    const id = await sharedDocument(ana)
    await synced(ana, ben)
    await tag(ana, id, 'c2', 'verified')
    await tag(ben, id, 'c2', 'disputed')
    await tag(ana, id, 'c3', 'verified')
    await synced(ana, ben)
    const listed = await ana.services.listAllClaims({ desk: 'disagreement' })
    expect(listed.map((row) => row.claimId)).toEqual(['c2'])
    const file = await ana.services.exportAllClaims({
      filter: noAllClaimsFilter,
      format: 'markdown',
      desk: 'disagreement'
    })
    // c2 is the tender's sentence (the first line is the title); c3, which only ana reviewed, is out.
    expect(file.content).toContain('The tender was issued in 2019.')
    expect(file.content).not.toContain('Bridge number')
    expect(file.content).toContain('desk: disagreement')
  })
})

/**
 * The publishing settings on the desk between real members over a real server: an editor sets the
 * rating scale and a claim's details on one machine; the same editor's other machine, a second
 * editor and a checker see them, and the checker's ClaimReview export uses them. A checker cannot
 * set them (the engine says so, and the server's rules refuse it: desk-rules.test.ts).
 */
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startDesk, type TestDesk } from '../../../test/support/couch-server'
import { joinDesk, leave, type Member } from '../../../test/support/desk-members'
import { importNew } from '../../../test/support/services'
import { tempFolder } from '../../../test/support/temp-folder'
import { truthOMeterScale } from '../../shared/desk/view/publishing-scale'

let desk: TestDesk
const team: Member[] = []

beforeAll(async () => {
  desk = await startDesk([
    { name: 'ana', role: 'checker' },
    { name: 'ed', role: 'editor' },
    { name: 'flo', role: 'editor' }
  ])
})
afterEach(() => Promise.all(team.splice(0).map(leave)))
afterAll(() => desk.server.close())

async function member(name: string): Promise<Member> {
  const joined = await joinDesk(desk, await tempFolder(), name)
  team.push(joined)
  return joined
}

const synced = async (...members: Member[]) => {
  await Promise.all(members.map((one) => one.engine.whenSynced()))
  await Promise.all(members.map((one) => one.engine.whenSynced()))
}

describe('publishing settings on the desk', () => {
  it('are set by an editor on one machine and used by every member’s export', async () => {
    const ed = await member('ed')
    const edAtHome = await member('ed')
    const flo = await member('flo')
    const ana = await member('ana')
    const documentId = (
      await importNew(
        ed.services,
        'bridge.txt',
        'The bridge\n\nThe new bridge cost 4 million euros, the council said on Monday.\n'
      )
    ).id
    await ed.services.shareWithDesk({ documentId })
    const details = {
      url: 'https://factdesk.example.org/checks/bridge',
      claimant: 'The council',
      appearedAt: '',
      appearedOn: '2026-03-10',
      rating: 'Pants on fire'
    }
    await ed.services.savePublishingScale({ ratingScale: truthOMeterScale })
    await ed.services.saveClaimPublishing({ documentId, claimId: 'c1', details })
    await ed.services.signOffClaim({
      documentId,
      claimId: 'c1',
      verdict: 'disputed',
      reason: 'Budget says 9.'
    })
    await synced(ed, edAtHome, flo, ana)

    for (const other of [edAtHome, flo, ana]) {
      const seen = await other.services.getPublishing({})
      expect(seen.ratingScale).toEqual(truthOMeterScale)
      expect(seen.claims[documentId]).toEqual({ c1: details })
    }
    const file = await ana.services.exportDocument({ documentId, format: 'claimreview' })
    const [review] = (
      JSON.parse(file.content) as {
        '@graph': { url?: string; reviewRating: { alternateName: string; bestRating: number } }[]
      }
    )['@graph']
    expect(review).toMatchObject({
      url: details.url,
      reviewRating: { alternateName: 'Pants on fire', bestRating: truthOMeterScale.length }
    })
    // Nothing of it was written to the checker's machine as a local setting.
    await expect(access(join(ana.dataDir, 'publishing.json'))).rejects.toThrow()
  })

  it('are not the checkers’ to set: the engine says who can', async () => {
    const ana = await member('ana')
    await expect(ana.services.savePublishingScale({ ratingScale: truthOMeterScale })).rejects.toThrow(
      /Only the desk’s editors set the desk’s rating scale/
    )
    expect(ana.engine.outboxEntries().filter((entry) => entry.recordId.startsWith('publishing:'))).toEqual([])
  })
})

/**
 * The desk's convergence run, shared by the test (smaller) and the bench (full size): members make
 * random changes to shared desk documents (statuses, notes, sign-offs, assignments) while the
 * server is stopped and restarted twice; at the end every member's replica must show the same desk
 * state, and each member's own verdicts on the desk must be what their library holds.
 */
import type { DeskDocumentView } from '../../src/shared/desk/desk-types'
import { seededRandom } from '../../src/shared/seeded-random'
import { startDesk, type TestDesk } from './couch-server'
import { joinDesk, leave, type Member } from './desk-members'
import { importNew } from './services'

export interface ConvergenceOptions {
  changesPerMember: number
  seed: number
  folder: () => Promise<string>
}

export interface ConvergenceReport {
  members: number
  changes: number
  serverRestarts: number
  documents: number
  /** Members whose desk state differs from the first member's, per document. */
  divergent: string[]
  /** A member's own verdict on the desk that is not what their library holds. */
  lost: string[]
  events: number
  ms: number
}

const statuses = ['verified', 'disputed', 'needs-source', 'not-a-claim', null] as const
const articles = [
  'Tram line\n\nThe tram line will cost 120 million. It opens in 2027. Ridership is expected to double. The mayor said the contract was signed in March. Two bidders took part.\n',
  'Water rates\n\nWater rates rose 9 percent this year. The utility blamed energy prices. Leaks cost a fifth of the supply. A new meter plan starts in June. Households pay 400 euros a year on average.\n'
]

async function allSynced(team: readonly Member[]): Promise<void> {
  for (let round = 0; round < 2; round++) await Promise.all(team.map((member) => member.engine.whenSynced()))
}

export async function runConvergence(options: ConvergenceOptions): Promise<ConvergenceReport> {
  const started = performance.now()
  const desk: TestDesk = await startDesk([
    { name: 'ana', role: 'checker' },
    { name: 'ben', role: 'checker' },
    { name: 'ed', role: 'editor' }
  ])
  const team: Member[] = []
  try {
    for (const name of ['ana', 'ben', 'ed'])
      team.push(await joinDesk(desk, await options.folder(), name, { maxBackoffMs: 100 }))
    const [ana] = team as [Member, Member, Member]
    const documentIds: string[] = []
    for (const [at, text] of articles.entries()) {
      const entry = await importNew(ana.services, `article-${at}.txt`, text)
      await ana.services.shareWithDesk({ documentId: entry.id })
      documentIds.push(entry.id)
    }
    await allSynced(team)
    const claimIds = new Map<string, string[]>()
    for (const id of documentIds)
      claimIds.set(
        id,
        (await ana.services.openDocument({ documentId: id })).claims.map((claim) => claim.id)
      )

    const random = seededRandom(options.seed)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
    const total = options.changesPerMember * team.length
    // Stopped at a third and two thirds, back a sixth later: changes go on throughout.
    const outages = [
      { stop: Math.floor(total / 3), start: Math.floor(total / 2) },
      { stop: Math.floor((2 * total) / 3), start: Math.floor((5 * total) / 6) }
    ]
    let restarts = 0
    for (let step = 0; step < total; step++) {
      for (const outage of outages) {
        if (step === outage.stop) await desk.server.stop()
        if (step === outage.start) {
          await desk.server.start()
          restarts++
        }
      }
      const member = team[step % team.length] as Member
      const documentId = pick(documentIds)
      const claimId = pick(claimIds.get(documentId) ?? ['c1'])
      const roll = random()
      if (member.name === 'ed' && roll < 0.15) {
        await member.services.signOffClaim({
          documentId,
          claimId,
          verdict: pick(['verified', 'disputed', 'needs-source'] as const),
          reason: `step ${step}`
        })
      } else if (member.name === 'ed' && roll < 0.2) {
        await member.services.assignDeskDocument({ documentId, assignee: pick(['ana', 'ben']) })
      } else if (roll < 0.6) {
        await member.services.applyChange({
          documentId,
          change: { kind: 'set-status', claimId, status: pick(statuses) }
        })
      } else {
        await member.services.applyChange({
          documentId,
          change: { kind: 'set-note', claimId, note: `${member.name} at step ${step}` }
        })
      }
    }
    await allSynced(team)

    const divergent: string[] = []
    const lost: string[] = []
    let events = 0
    for (const documentId of documentIds) {
      const views: (DeskDocumentView | null)[] = []
      for (const member of team) views.push(await member.services.deskDocument({ documentId }))
      const first = JSON.stringify(views[0])
      events = Math.max(events, views[0]?.history.length ?? 0)
      views.forEach((view, at) => {
        if (JSON.stringify(view) !== first) divergent.push(`${team[at]?.name} on ${documentId}`)
      })
      for (const member of team) {
        const local = await member.services.openDocument({ documentId })
        for (const claimId of claimIds.get(documentId) ?? []) {
          const mine = local.annotations.claims[claimId]
          const onDesk = views[0]?.claims[claimId]?.verdicts.find((verdict) => verdict.member === member.name)
          const expected =
            mine && (mine.status !== null || mine.note !== '') ? `${mine.status}|${mine.note}` : 'none'
          const seen = onDesk ? `${onDesk.status}|${onDesk.note}` : 'none'
          if (expected !== seen)
            lost.push(`${member.name} ${documentId} ${claimId}: library ${expected}, desk ${seen}`)
        }
      }
    }
    return {
      members: team.length,
      changes: total,
      serverRestarts: restarts,
      documents: documentIds.length,
      divergent,
      lost,
      events,
      ms: Math.round(performance.now() - started)
    }
  } finally {
    await Promise.all(team.map(leave))
    await desk.server.close()
  }
}

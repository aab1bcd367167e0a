import { describe, expect, it } from 'vitest'
import { applyChange } from '../../shared/annotations/changes'
import type { Services } from '../../shared/contract'
import type { ClaimMatches } from '../../shared/matching/claim-matches'
import type { LibraryStore } from '../store/library-store'
import { importNew, servicesIn } from '../../../test/support/services'
import { openStore, tempFolder } from '../../../test/support/temp-folder'
import { tsxWorkerClaimIndex } from '../../../test/support/tsx-claim-index-worker'

const places = ['Harbour', 'Northgate', 'Riverside', 'Eastfield', 'Millbrook', 'Southport']
const things = ['new homes', 'bus stops', 'street lights', 'school places', 'park benches']

/** Sentence `n` of a pool in which every sentence states its own figures. */
const sentence = (n: number): string =>
  `In ${1990 + (n % 30)}, the ${places[n % places.length]} council counted ${1000 + n * 7} ${things[n % things.length]}.`

/** An article of the pool's sentences `from` to `to` (exclusive), one paragraph each. */
const article = (from: number, to: number): string =>
  `Council figures ${from}\n\n` +
  Array.from({ length: to - from }, (_, index) => sentence(from + index)).join('\n\n')

/** Every claim of a document reviewed as verified, in one saved change. */
async function reviewAll(store: LibraryStore, documentId: string): Promise<void> {
  await store.changeDocument(documentId, (document) => {
    let annotations = document.annotations
    for (const claim of document.claims) {
      const change = { kind: 'set-status', claimId: claim.id, status: 'verified' } as const
      annotations = applyChange(document, annotations, change, '2026-11-29T10:00:00.000Z')
    }
    return { ...document, annotations }
  })
}

/** What the panel shows, without the similarity (two indexes built in another order may round it apart). */
const seen = (matches: ClaimMatches) =>
  Object.fromEntries(
    Object.entries(matches.seenIn).map(([claimId, found]) => [
      claimId,
      found.map(({ documentId, claimId, status, note }) => ({ documentId, claimId, status, note }))
    ])
  )

async function claimIdOf(services: Services, documentId: string, text: string): Promise<string> {
  const document = await services.openDocument({ documentId })
  const claim = document.claims.find(
    (candidate) => document.text.slice(candidate.start, candidate.end) === text
  )
  if (!claim) throw new Error(`No claim reads “${text}”.`)
  return claim.id
}

describe('the claim matcher', () => {
  it.each([
    ['in the same thread', undefined],
    ['on a worker thread', tsxWorkerClaimIndex]
  ])(
    'follows changes saved while it builds its index %s, as a build from the saved folder would',
    async (_where, claimIndex) => {
      const dataDir = await tempFolder()
      const first = await openStore(dataDir)
      const setUp = await servicesIn(dataDir, { store: first })
      // The read document shares most sentences with three or four of the others.
      const read = await importNew(setUp, 'read.txt', article(0, 60))
      const others = []
      for (const [index, from] of [5, 20, 10, 15].entries()) {
        others.push(await importNew(setUp, `other-${index}.txt`, article(from, from + 60)))
      }
      // Read by the build after the four above, so that it is still running when those change.
      for (let index = 0; index < 20; index++) {
        others.push(
          await importNew(setUp, `later-${index}.txt`, article(1000 + index * 120, 1120 + index * 120))
        )
      }
      for (const other of others) await reviewAll(first, other.id)

      // A new start: the first lookup builds the index while these changes are saved.
      const services = await servicesIn(dataDir, { claimIndex })
      const [a, b, c, d] = others.map((other) => other.id) as [string, string, string, string]
      const shared = sentence(25)
      const [inA, inB, inD] = await Promise.all([a, b, d].map((id) => claimIdOf(services, id, shared)))
      const building = services.matchClaims({ documentId: read.id })
      // A change the build waits for (it pauses while a change is under way), then four at once.
      const last = others.at(-1)!.id
      await services.applyChange({
        documentId: last,
        change: { kind: 'set-note', claimId: 'c1', note: 'Later.' }
      })
      await Promise.all([
        services.applyChange({
          documentId: a,
          change: { kind: 'set-note', claimId: inA!, note: 'Checked.' }
        }),
        services.applyChange({ documentId: b, change: { kind: 'set-status', claimId: inB!, status: null } }),
        services.applyChange({
          documentId: d,
          change: { kind: 'set-status', claimId: inD!, status: 'disputed' }
        }),
        services.trashDocument({ documentId: c })
      ])
      await building

      const matched = seen(await services.matchClaims({ documentId: read.id }))
      const sharedId = await claimIdOf(services, read.id, shared)
      expect(matched[sharedId]).toEqual(
        expect.arrayContaining([
          { documentId: a, claimId: expect.any(String), status: 'verified', note: 'Checked.' },
          { documentId: d, claimId: expect.any(String), status: 'disputed', note: '' }
        ])
      )
      expect(matched[sharedId]).toHaveLength(2)
      expect(
        Object.values(matched)
          .flat()
          .filter((found) => found.documentId === c)
      ).toEqual([])
      // Sentences 0 to 4 are in no other document.
      expect(Object.keys(matched)).toHaveLength(55)

      const rebuilt = await servicesIn(dataDir)
      expect(matched).toEqual(seen(await rebuilt.matchClaims({ documentId: read.id })))
    }
  )
})

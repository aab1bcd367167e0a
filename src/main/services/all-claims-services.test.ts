/** All claims and library search over a real store in a temp folder. */
import { describe, expect, it } from 'vitest'
import { noAllClaimsFilter } from '../../shared/all-claims/all-claims'
import { dispatch } from '../../shared/dispatch'
import { openStore, tempFolder } from '../../../test/support/temp-folder'
import { importNew, servicesIn } from '../../../test/support/services'
import { ClaimMatcher } from '../matching/claim-matcher'
import { FactCheckStore } from '../store/fact-check-store'
import { allClaimsServices } from './all-claims-services'
import { LibraryDigest } from './library-digest'

async function library() {
  const dataDir = await tempFolder()
  const store = await openStore(dataDir)
  const factChecks = new FactCheckStore(dataDir, () => {})
  const matcher = new ClaimMatcher(store, factChecks)
  const services = await servicesIn(dataDir, { store, factChecks, matcher })
  const digest = new LibraryDigest(store)
  const allClaims = allClaimsServices(
    {
      store,
      platform: { kind: 'browser' },
      now: () => new Date('2026-11-29T12:00:00Z'),
      matcher
    },
    digest
  )
  const tides = await importNew(
    services,
    'tides.txt',
    'Tide Tables\n\nHigh tide reached 6.2 metres on Monday. The harbour master said it was a record.'
  )
  const keepers = await importNew(
    services,
    'keepers.txt',
    'Lighthouse Keepers\n\nThe last keeper left in 1998. Visitors rose by 40% last year.'
  )
  await services.applyChange({
    documentId: tides.id,
    change: { kind: 'set-status', claimId: 'c1', status: 'disputed' }
  })
  await services.applyChange({
    documentId: tides.id,
    change: { kind: 'set-note', claimId: 'c1', note: 'The Météo bulletin says 5.9 m.' }
  })
  await services.applyChange({
    documentId: keepers.id,
    change: { kind: 'set-tags', claimId: 'c2', tags: ['Tourism'] }
  })
  await services.applyChange({
    documentId: keepers.id,
    change: { kind: 'set-status', claimId: 'c2', status: 'verified' }
  })
  return { services, allClaims, digest, tides, keepers }
}

describe('All claims', () => {
  it('lists every claim of every document with its title, review and kinds', async () => {
    const { allClaims, tides, keepers } = await library()
    const rows = await allClaims.listAllClaims({})
    expect(rows.map((row) => [row.documentTitle, row.position, row.status])).toEqual(
      expect.arrayContaining([
        ['Tide Tables', 1, 'disputed'],
        ['Tide Tables', 2, null],
        ['Lighthouse Keepers', 1, null],
        ['Lighthouse Keepers', 2, 'verified']
      ])
    )
    expect(rows).toHaveLength(4)
    const tide = rows.find((row) => row.documentId === tides.id && row.claimId === 'c1')
    expect(tide).toMatchObject({
      note: 'The Météo bulletin says 5.9 m.',
      text: 'High tide reached 6.2 metres on Monday.'
    })
    expect(tide?.kinds).toContain('numeric')
    expect(rows.find((row) => row.documentId === keepers.id && row.claimId === 'c2')?.tags).toEqual([
      'Tourism'
    ])
  })

  it('reads a document again only after it changed', async () => {
    const { services, allClaims, digest, tides } = await library()
    await allClaims.listAllClaims({})
    expect(digest.built).toBe(2)
    await allClaims.listAllClaims({})
    await allClaims.searchLibrary({ query: 'keeper' })
    expect(digest.built).toBe(2)
    await services.applyChange({
      documentId: tides.id,
      change: { kind: 'set-status', claimId: 'c2', status: 'needs-source' }
    })
    const rows = await allClaims.listAllClaims({})
    expect(digest.built).toBe(3)
    expect(rows.find((row) => row.documentId === tides.id && row.claimId === 'c2')?.status).toBe(
      'needs-source'
    )
  })

  it('forgets a document moved to the trash', async () => {
    const { services, allClaims, tides } = await library()
    await allClaims.listAllClaims({})
    await services.trashDocument({ documentId: tides.id })
    expect((await allClaims.listAllClaims({})).map((row) => row.documentTitle)).toEqual([
      'Lighthouse Keepers',
      'Lighthouse Keepers'
    ])
  })

  it('exports the claims a filter lets through as CSV, with their document', async () => {
    const { allClaims } = await library()
    const file = await allClaims.exportAllClaims({
      filter: { ...noAllClaimsFilter, tag: 'tourism' },
      format: 'csv'
    })
    expect(file.fileName).toBe('all-claims-2026-11-29.csv')
    const lines = file.content.slice(1).trimEnd().split('\r\n')
    expect(lines).toEqual([
      'document,position,claim,status,note,tags,sources,kinds,check_worthiness',
      expect.stringMatching(/^Lighthouse Keepers,2,Visitors rose by 40% last year\.,Verified,,Tourism,,/)
    ])
  })

  it('exports them as Markdown, grouped by document, with notes labelled', async () => {
    const { allClaims } = await library()
    const file = await allClaims.exportAllClaims({
      filter: { ...noAllClaimsFilter, hasNote: true },
      format: 'markdown'
    })
    expect(file.content).toContain(
      '## Tide Tables\n\n> High tide reached 6.2 metres on Monday. **(Disputed)**\n\n**Note:** The Météo bulletin says 5.9 m.'
    )
    expect(file.content).not.toContain('Lighthouse Keepers')
  })

  it('says which claims are reviewed in another document, and filters and exports by it', async () => {
    const { services, allClaims, tides } = await library()
    const harbour = await importNew(
      services,
      'harbour.txt',
      'Harbour News\n\nOn Monday the high tide reached 6.2 metres. Boats stayed in.'
    )
    const rows = await allClaims.listAllClaims({})
    const seen = rows.filter((row) => row.seenElsewhere).map((row) => [row.documentId, row.claimId])
    // The reviewed tide claim is seen from the harbour; it is not itself seen anywhere reviewed.
    expect(seen).toEqual([[harbour.id, 'c1']])
    expect(rows.find((row) => row.documentId === tides.id && row.claimId === 'c1')?.seenElsewhere).toBe(false)
    const file = await allClaims.exportAllClaims({
      filter: { ...noAllClaimsFilter, seenElsewhere: true, text: 'TIDE' },
      format: 'markdown'
    })
    expect(file.content).toContain('On Monday the high tide reached 6.2 metres.')
    expect(file.content).toContain('containing “TIDE”')
    expect(file.content).toContain('seen elsewhere')
    expect(file.content).not.toContain('Boats stayed in.')
  })

  it('filters by document for an export, naming the document', async () => {
    const { allClaims, keepers } = await library()
    const file = await allClaims.exportAllClaims({
      filter: { ...noAllClaimsFilter, documentId: keepers.id },
      format: 'markdown'
    })
    expect(file.content).toContain('in “Lighthouse Keepers”')
    expect(file.content).toContain('The last keeper left in 1998.')
    expect(file.content).not.toContain('High tide')
  })

  it('refuses a filter that is not one', async () => {
    const { allClaims } = await library()
    const result = await dispatch(allClaims as never, 'exportAllClaims', {
      filter: { ...noAllClaimsFilter, status: 'maybe' },
      format: 'csv'
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('filter.status') }
    })
  })
})

describe('library search', () => {
  it('finds a document by a word of its notes, accents and case ignored, and says where', async () => {
    const { allClaims, tides } = await library()
    expect(await allClaims.searchLibrary({ query: 'METEO bulletin' })).toEqual([
      { documentId: tides.id, field: 'note', snippet: 'The Météo bulletin says 5.9 m.' }
    ])
  })

  it('finds documents by their text and by their tags', async () => {
    const { allClaims, tides, keepers } = await library()
    expect(await allClaims.searchLibrary({ query: 'harbour master' })).toEqual([
      expect.objectContaining({ documentId: tides.id, field: 'text' })
    ])
    expect(await allClaims.searchLibrary({ query: 'tourism' })).toEqual([
      { documentId: keepers.id, field: 'tag', snippet: 'Tourism' }
    ])
    expect(await allClaims.searchLibrary({ query: 'volcano' })).toEqual([])
  })
})

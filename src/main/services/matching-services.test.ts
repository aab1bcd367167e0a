import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Services } from '../../shared/contract'
import { tempFolder } from '../../../test/support/temp-folder'
import { importNew, servicesIn } from '../../../test/support/services'

const fixture = (path: string): Promise<string> =>
  readFile(new URL(`../../../test/fixtures/${path}`, import.meta.url), 'utf8')

async function library(services: Services): Promise<{ report: string; news: string }> {
  const report = await importNew(services, 'harbour-report.txt', await fixture('matching/harbour-report.txt'))
  const news = await importNew(services, 'shipping-news.txt', await fixture('matching/shipping-news.txt'))
  return { report: report.id, news: news.id }
}

/** Reviews the report's first claim (the ships) as disputed, with a note. */
async function reviewShips(services: Services, documentId: string): Promise<void> {
  await services.applyChange({
    documentId,
    change: { kind: 'set-status', claimId: 'c1', status: 'disputed' }
  })
  await services.applyChange({
    documentId,
    change: { kind: 'set-note', claimId: 'c1', note: 'The port authority counted 4,120.' }
  })
}

describe('claims seen in other documents', () => {
  it('shows a claim reviewed in another document, with its title, status and note, and follows every change', async () => {
    const services = await servicesIn(await tempFolder())
    const { report, news } = await library(services)
    expect(await services.matchClaims({ documentId: news })).toEqual({ seenIn: {}, factChecks: {} })

    await reviewShips(services, report)
    expect((await services.matchClaims({ documentId: news })).seenIn).toEqual({
      c1: [
        {
          documentId: report,
          claimId: 'c1',
          title: 'Harbour Report 2022',
          status: 'disputed',
          note: 'The port authority counted 4,120.',
          similarity: expect.any(Number)
        }
      ]
    })
    // The reviewed document does not see itself, and the roads claim (not reviewed) is seen nowhere.
    expect((await services.matchClaims({ documentId: report })).seenIn).toEqual({})

    await services.renameDocument({ documentId: report, title: 'Port Figures' })
    expect((await services.matchClaims({ documentId: news })).seenIn['c1']?.[0]?.title).toBe('Port Figures')

    await services.trashDocument({ documentId: report })
    expect((await services.matchClaims({ documentId: news })).seenIn).toEqual({})
    await services.restoreDocument({ documentId: report })
    expect(Object.keys((await services.matchClaims({ documentId: news })).seenIn)).toEqual(['c1'])

    await services.applyChange({
      documentId: report,
      change: { kind: 'set-status', claimId: 'c1', status: null }
    })
    await services.applyChange({ documentId: report, change: { kind: 'set-note', claimId: 'c1', note: '' } })
    expect((await services.matchClaims({ documentId: news })).seenIn).toEqual({})
  })

  it('rebuilds the index from the data folder when the app starts again', async () => {
    const dataDir = await tempFolder()
    const first = await servicesIn(dataDir)
    const { report, news } = await library(first)
    await reviewShips(first, report)
    const again = await servicesIn(dataDir)
    expect((await again.matchClaims({ documentId: news })).seenIn['c1']?.[0]).toMatchObject({
      documentId: report,
      status: 'disputed'
    })
  })
})

describe('published fact-checks', () => {
  it('imports a feed by its content into its own file, matches claims to it, and removes it again', async () => {
    const dataDir = await tempFolder()
    const services = await servicesIn(dataDir, { now: () => new Date('2026-11-29T10:00:00.000Z') })
    const { news } = await library(services)
    const outcome = await services.importFile({
      fileName: 'claim-reviews.jsonld',
      text: await fixture('fact-checks/claim-reviews.jsonld')
    })
    expect(outcome).toEqual({
      status: 'fact-checks',
      fileName: 'claim-reviews.jsonld',
      added: 2,
      updated: 0,
      skipped: 1
    })
    expect((await services.listDocuments({})).map((entry) => entry.title).sort()).toEqual([
      'Harbour Report 2022',
      'Shipping News'
    ])
    const listed = await services.listFactChecks({})
    expect(listed.map((check) => check.publisher).sort()).toEqual(['Checkpoint', 'Factdesk'])
    const factdesk = listed.find((check) => check.publisher === 'Factdesk')
    expect(factdesk).toMatchObject({ origin: 'claim-reviews.jsonld', addedAt: '2026-11-29T10:00:00.000Z' })

    const matches = await services.matchClaims({ documentId: news })
    expect(Object.keys(matches.factChecks)).toEqual(['c1'])
    expect(matches.factChecks['c1']?.[0]?.factCheck).toEqual(factdesk)

    // Kept on disk in its own file: a fresh start sees it.
    const saved = JSON.parse(await readFile(join(dataDir, 'fact-checks.json'), 'utf8')) as {
      factChecks: unknown[]
    }
    expect(saved.factChecks).toHaveLength(2)
    const again = await servicesIn(dataDir)
    expect(Object.keys((await again.matchClaims({ documentId: news })).factChecks)).toEqual(['c1'])

    await services.removeFactCheck({ factCheckId: factdesk?.id ?? '' })
    expect((await services.matchClaims({ documentId: news })).factChecks).toEqual({})
    await expect(services.removeFactCheck({ factCheckId: factdesk?.id ?? '' })).rejects.toThrow(
      'That fact-check is no longer in the library.'
    )
  })

  it('updates, not duplicates, a feed imported twice; takes a page’s and the Fact Check Tools shapes too', async () => {
    const services = await servicesIn(await tempFolder())
    const { report } = await library(services)
    const feed = await fixture('fact-checks/fact-check-tools.json')
    expect(await services.importFile({ fileName: 'tools.json', text: feed })).toMatchObject({ added: 3 })
    expect(await services.importFile({ fileName: 'tools.json', text: feed })).toMatchObject({
      added: 0,
      updated: 3
    })
    const page = await fixture('fact-checks/fact-check-page.html')
    expect(await services.importFile({ fileName: 'lyon-trams.html', text: page })).toMatchObject({
      status: 'fact-checks',
      added: 1
    })
    expect(await services.listFactChecks({})).toHaveLength(4)
    expect(await services.listDocuments({})).toHaveLength(2)
    // The roads claim matches the fact-check from the API answer.
    const matches = await services.matchClaims({ documentId: report })
    expect(matches.factChecks['c3']?.map((match) => match.factCheck.rating)).toEqual(['False'])
  })

  it('refuses a broken feed with what is wrong, and writes nothing', async () => {
    const dataDir = await tempFolder()
    const services = await servicesIn(dataDir)
    await expect(
      services.importFile({
        fileName: 'broken-feed.json',
        text: await fixture('fact-checks/broken-feed.json')
      })
    ).rejects.toThrow(
      '“broken-feed.json” looks like a ClaimReview feed but is not valid JSON (it may be cut short).'
    )
    expect(await readdir(dataDir)).not.toContain('fact-checks.json')
  })

  it('keeps a damaged fact-check file aside, says so, and starts the collection afresh', async () => {
    const dataDir = await tempFolder()
    await writeFile(join(dataDir, 'fact-checks.json'), '{"factChecks": [{"id": 12}]}')
    const services = await servicesIn(dataDir)
    expect(await services.listFactChecks({})).toEqual([])
    const { notices } = await services.getStartup({})
    expect(notices.map((notice) => notice.message).join(' ')).toMatch(/fact-checks\.json/)
    const damaged = await readdir(join(dataDir, 'damaged'))
    expect(damaged).toHaveLength(1)
    expect(await readFile(join(dataDir, 'damaged', damaged[0] ?? ''), 'utf8')).toBe(
      '{"factChecks": [{"id": 12}]}'
    )
  })
})

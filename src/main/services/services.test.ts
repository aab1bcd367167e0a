import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Services } from '../../shared/contract'
import { dispatch } from '../../shared/dispatch'
import { tempFolder } from '../../../test/support/temp-folder'
import { importNew, servicesIn as servicesWith } from '../../../test/support/services'
import type { HostPlatform } from './platform'

const article = [
  'Harbour Bridge Turns 90',
  '',
  'Traffic',
  '',
  'The bridge opened in 1932. It carries 160,000 vehicles a day.',
  '',
  'Tolls rose by 20% in 2023. Officials say it is the busiest crossing in the city.'
].join('\n')

const fixedNow = () => new Date('2026-11-25T10:00:00.000Z')

const servicesIn = (dataDir: string, platform: HostPlatform = { kind: 'browser' }): Promise<Services> =>
  servicesWith(dataDir, { platform, now: fixedNow })

async function importSample(services: Services): Promise<string> {
  return (await importNew(services, 'bridge.txt', article)).id
}

describe('importing a plain-text article', () => {
  it('imports a title, a heading and paragraphs, with each sentence a claim', async () => {
    const services = await servicesIn(await tempFolder())
    const document = await services.openDocument({ documentId: await importSample(services) })
    expect(document.title).toBe('Harbour Bridge Turns 90')
    expect(document.blocks.map((block) => block.type)).toEqual(['title', 'heading', 'paragraph', 'paragraph'])
    expect(document.claims.map((claim) => document.text.slice(claim.start, claim.end))).toEqual([
      'The bridge opened in 1932.',
      'It carries 160,000 vehicles a day.',
      'Tolls rose by 20% in 2023.',
      'Officials say it is the busiest crossing in the city.'
    ])
  })

  it.each([
    ['binary data', 'PNG\u0000\u0001\u0002', /binary file/],
    ['text that was not UTF-8', 'caf\uFFFD au lait', /not valid UTF-8/],
    ['an empty file', '  \n\n ', /empty/],
    ['a title alone', 'Just A Title', /no sentences/]
  ])('refuses %s and leaves the library unchanged', async (_label, text, message) => {
    const dataDir = await tempFolder()
    const services = await servicesIn(dataDir)
    const result = await dispatch(services, 'importFile', { fileName: 'bad.txt', text })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-file', message: expect.stringMatching(message) }
    })
    expect(await services.listDocuments({})).toEqual([])
    expect(await readdir(join(dataDir, 'documents'))).toEqual([])
  })
})

describe('applyChange', () => {
  it('saves statuses and notes to disk so a restarted store shows them', async () => {
    const dataDir = await tempFolder()
    const services = await servicesIn(dataDir)
    const documentId = await importSample(services)
    await services.applyChange({
      documentId,
      change: { kind: 'set-status', claimId: 'c1', status: 'verified' }
    })
    await services.applyChange({
      documentId,
      change: { kind: 'set-status', claimId: 'c3', status: 'disputed' }
    })
    await services.applyChange({
      documentId,
      change: { kind: 'set-note', claimId: 'c3', note: 'Tolls rose 18%.' }
    })

    const restarted = await servicesIn(dataDir)
    const document = await restarted.openDocument({ documentId })
    expect(document.annotations.claims['c1']?.status).toBe('verified')
    expect(document.annotations.claims['c3']).toMatchObject({ status: 'disputed', note: 'Tolls rose 18%.' })
    const [entry] = await restarted.listDocuments({})
    expect(entry?.counts).toEqual({
      verified: 1,
      disputed: 1,
      'needs-source': 0,
      'not-a-claim': 0,
      unreviewed: 2
    })
  })

  it('lists the tags a document uses in its library entry, for suggestions elsewhere', async () => {
    const services = await servicesIn(await tempFolder())
    const documentId = await importSample(services)
    await services.applyChange({
      documentId,
      change: { kind: 'set-tags', claimId: 'c1', tags: ['dates', 'ISW'] }
    })
    const { entry } = await services.applyChange({
      documentId,
      change: { kind: 'set-tags', claimId: 'c2', tags: ['isw'] }
    })
    expect(entry.tags).toEqual(['ISW', 'dates'])
  })

  it('answers a call of the wrong shape with a readable error and changes nothing on disk', async () => {
    const dataDir = await tempFolder()
    const services = await servicesIn(dataDir)
    const documentId = await importSample(services)
    const path = join(dataDir, 'documents', `${documentId}.json`)
    const before = await readFile(path, 'utf8')

    const result = await dispatch(services, 'applyChange', {
      documentId,
      change: { kind: 'set-status', claimId: 'c1', status: 'probably' }
    })

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(!result.ok && result.error.message).toMatch(/change\.status/)
    expect(await readFile(path, 'utf8')).toBe(before)
  })

  it('refuses a claim the document does not have', async () => {
    const services = await servicesIn(await tempFolder())
    const documentId = await importSample(services)
    const result = await dispatch(services, 'applyChange', {
      documentId,
      change: { kind: 'set-note', claimId: 'c99', note: 'x' }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('refuses a document id that could name a path outside the data folder', async () => {
    const services = await servicesIn(await tempFolder())
    const result = await dispatch(services, 'openDocument', { documentId: '../library' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})

describe('exports', () => {
  it('renders the Markdown export for a download', async () => {
    const services = await servicesIn(await tempFolder())
    const documentId = await importSample(services)
    await services.applyChange({
      documentId,
      change: { kind: 'set-status', claimId: 'c2', status: 'needs-source' }
    })
    const file = await services.exportDocument({ documentId, format: 'markdown' })
    expect(file.fileName).toBe('harbour-bridge-turns-90.md')
    expect(file.mimeType).toBe('text/markdown')
    expect(file.content).toContain('## Needs source\n\n> It carries 160,000 vehicles a day.')
  })

  it('saves through the desktop dialog to the chosen path', async () => {
    const folder = await tempFolder()
    const chosen = join(folder, 'review.md')
    const services = await servicesIn(join(folder, 'data'), {
      kind: 'electron',
      chooseSavePath: async () => chosen
    })
    const documentId = await importSample(services)
    expect(await services.saveExport({ documentId, format: 'markdown' })).toEqual({
      saved: true,
      location: chosen
    })
    expect(await readFile(chosen, 'utf8')).toContain('# Harbour Bridge Turns 90')
  })

  it('writes nothing when the user cancels the dialog', async () => {
    const folder = await tempFolder()
    const services = await servicesIn(join(folder, 'data'), {
      kind: 'electron',
      chooseSavePath: async () => null
    })
    const documentId = await importSample(services)
    expect(await services.saveExport({ documentId, format: 'markdown' })).toEqual({
      saved: false,
      location: null
    })
    expect(await readdir(folder)).toEqual(['data'])
  })
})

describe('openExternal', () => {
  it('hands only http(s) links to the system browser', async () => {
    const opened: string[] = []
    const services = await servicesIn(await tempFolder(), {
      kind: 'electron',
      openExternal: async (url) => void opened.push(url)
    })
    await services.openExternal({ url: 'https://example.org/report' })
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      expect(await dispatch(services, 'openExternal', { url })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' }
      })
    }
    expect(opened).toEqual(['https://example.org/report'])
  })
})

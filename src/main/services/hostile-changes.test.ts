/**
 * Inputs that once got through and corrupted a document (issue 8): prototype keys as claim ids,
 * undo snapshots carrying what a new annotation may not, and oversized reading places. Each is
 * refused before anything is written, and the document keeps working afterwards.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Services } from '../../shared/contract'
import { dispatch } from '../../shared/dispatch'
import { importNew, servicesIn } from '../../../test/support/services'
import { openStore, tempFolder } from '../../../test/support/temp-folder'
import { createServices } from './create-services'
import { inProcessArticleBuilder } from '../../../test/support/in-process-article-builder'

const article = 'Harbour Bridge\n\nThe bridge opened in 1932. It carries 160,000 vehicles a day.'

async function bridgeIn(dataDir: string): Promise<{ services: Services; documentId: string; file: string }> {
  const services = await servicesIn(dataDir)
  const documentId = (await importNew(services, 'bridge.txt', article)).id
  return { services, documentId, file: join(dataDir, 'documents', `${documentId}.json`) }
}

const review = (overrides: Record<string, unknown> = {}) => ({
  claimId: 'c1',
  target: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
  status: 'verified',
  note: '',
  sources: [],
  tags: [],
  history: [],
  updatedAt: '2026-11-29T10:00:00.000Z',
  ...overrides
})

describe('changes that must be refused before anything is written', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'refuses the claim id %s, and the document keeps taking changes',
    async (claimId) => {
      const { services, documentId, file } = await bridgeIn(await tempFolder())
      const before = await readFile(file)
      for (const change of [
        { kind: 'set-status', claimId, status: 'verified' },
        { kind: 'set-note', claimId, note: 'n' },
        { kind: 'restore-claim', claimId, review: null }
      ]) {
        const result = await dispatch(services, 'applyChange', { documentId, change })
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      }
      expect(await readFile(file)).toEqual(before)
      const later = await dispatch(services, 'applyChange', {
        documentId,
        change: { kind: 'set-status', claimId: 'c2', status: 'disputed' }
      })
      expect(later.ok).toBe(true)
    }
  )

  it('refuses an undo snapshot whose source link is javascript:', async () => {
    const { services, documentId, file } = await bridgeIn(await tempFolder())
    const before = await readFile(file)
    const source = { id: 's-1', url: 'javascript:alert(1)', title: 'x', quote: '' }
    const result = await dispatch(services, 'applyChange', {
      documentId,
      change: { kind: 'restore-claim', claimId: 'c1', review: review({ sources: [source] }) }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await readFile(file)).toEqual(before)
  })

  it.each([
    ['a colour outside the palette', { color: 'url(javascript:x)' }],
    [
      'offsets past the end of the text',
      { target: { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 5, end: 99_999 } } }
    ]
  ])('refuses a highlight snapshot with %s', async (_label, overrides) => {
    const { services, documentId, file } = await bridgeIn(await tempFolder())
    const before = await readFile(file)
    const highlight = {
      id: 'h-1',
      target: { quote: { exact: 'he', prefix: '', suffix: '' }, position: { start: 17, end: 19 } },
      color: 'blue',
      note: '',
      createdAt: '2026-11-29T10:00:00.000Z',
      ...overrides
    }
    const result = await dispatch(services, 'applyChange', {
      documentId,
      change: { kind: 'restore-highlight', highlightId: 'h-1', highlight }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await readFile(file)).toEqual(before)
  })

  it('takes a restored review’s quote from the text, not from the snapshot', async () => {
    const { services, documentId } = await bridgeIn(await tempFolder())
    const forged = review({
      target: {
        quote: { exact: 'The bridge was never built.', prefix: '', suffix: '' },
        position: { start: 0, end: 3 }
      }
    })
    await services.applyChange({
      documentId,
      change: { kind: 'restore-claim', claimId: 'c1', review: forged } as never
    })
    const document = await services.openDocument({ documentId })
    expect(document.annotations.claims['c1']?.target.quote.exact).toBe('The bridge opened in 1932.')
  })

  it('refuses a reading place whose claim id is a megabyte long, or names no claim', async () => {
    const { services, documentId } = await bridgeIn(await tempFolder())
    for (const claimId of ['c'.repeat(1_000_000), 'c999']) {
      const result = await dispatch(services, 'saveReadingPlace', {
        documentId,
        place: { claimId, scrollFraction: 0.5 }
      })
      expect(result.ok).toBe(false)
    }
    expect(await services.getReadingPlace({ documentId })).toBeNull()
  })
})

describe('earlier versions', () => {
  it('restores an earlier version, and keeps the version it replaced', async () => {
    const dataDir = await tempFolder()
    let clock = Date.parse('2026-11-29T09:00:00.000Z')
    const store = await openStore(dataDir, { now: () => new Date(clock) })
    const services = createServices({
      store,
      platform: { kind: 'browser' },
      version: 'test',
      articleBuilder: inProcessArticleBuilder,
      now: () => new Date(clock)
    })
    const documentId = (await importNew(services, 'bridge.txt', article)).id
    const file = join(dataDir, 'documents', `${documentId}.json`)
    const { utimes } = await import('node:fs/promises')
    const setStatus = async (status: 'verified' | 'disputed') => {
      clock += 5 * 60_000
      // The file as saved five minutes before this change.
      await utimes(file, new Date(clock - 60_000), new Date(clock - 60_000))
      await services.applyChange({ documentId, change: { kind: 'set-status', claimId: 'c1', status } })
    }
    await setStatus('verified')
    await setStatus('disputed')

    const versions = await services.listVersions({ documentId })
    expect(versions.map((version) => version.counts.verified + version.counts.disputed)).toEqual([1, 0])
    const withVerified = versions[0]
    if (!withVerified) throw new Error('no version kept')
    expect(withVerified.counts.verified).toBe(1)

    clock += 5 * 60_000
    const entry = await services.restoreVersion({ documentId, versionId: withVerified.versionId })
    expect(entry.counts).toMatchObject({ verified: 1, disputed: 0 })
    const document = await services.openDocument({ documentId })
    expect(document.annotations.claims['c1']?.status).toBe('verified')
    const after = await services.listVersions({ documentId })
    expect(after.some((version) => version.counts.disputed === 1)).toBe(true)
  })
})

import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Services } from '../../shared/contract'
import { dispatch } from '../../shared/dispatch'
import { tempFolder } from '../../../test/support/temp-folder'
import { servicesIn } from '../../../test/support/services'

async function withTwoDocuments(): Promise<{ services: Services; dataDir: string; ids: string[] }> {
  const dataDir = await tempFolder()
  const services = await servicesIn(dataDir)
  const ids: string[] = []
  for (const name of ['Tide Tables', 'Lighthouse Keepers']) {
    const outcome = await services.importFile({
      fileName: `${name}.txt`,
      text: `${name}\n\nThe first sentence. The second one.`
    })
    if (outcome.status === 'imported') ids.push(outcome.entry.id)
  }
  return { services, dataDir, ids }
}

describe('the library shelf', () => {
  it('renames a document in the library and in its file', async () => {
    const { services, dataDir, ids } = await withTwoDocuments()
    await services.renameDocument({ documentId: ids[0]!, title: 'Spring Tides' })
    const restarted = await servicesIn(dataDir)
    expect((await restarted.openDocument({ documentId: ids[0]! })).title).toBe('Spring Tides')
    expect((await restarted.listDocuments({})).map((entry) => entry.title)).toContain('Spring Tides')
  })

  it('moves a deleted document to the trash and restores it with everything', async () => {
    const { services, ids } = await withTwoDocuments()
    await services.applyChange({
      documentId: ids[0]!,
      change: { kind: 'set-status', claimId: 'c1', status: 'verified' }
    })
    await services.trashDocument({ documentId: ids[0]! })
    expect((await services.listDocuments({})).map((entry) => entry.id)).toEqual([ids[1]])
    expect(await dispatch(services, 'openDocument', { documentId: ids[0] })).toMatchObject({ ok: false })
    await services.restoreDocument({ documentId: ids[0]! })
    const restored = await services.openDocument({ documentId: ids[0]! })
    expect(restored.annotations.claims['c1']?.status).toBe('verified')
  })

  it('deletes the files of trashed documents, and only those, when the trash is emptied', async () => {
    const { services, dataDir, ids } = await withTwoDocuments()
    await services.trashDocument({ documentId: ids[0]! })
    expect(await services.emptyTrash({})).toBe(1)
    expect(await readdir(join(dataDir, 'documents'))).toEqual([`${ids[1]}.json`])
    expect(await services.listTrash({})).toEqual([])
  })

  it('remembers the reading place of each document across a restart', async () => {
    const { services, dataDir, ids } = await withTwoDocuments()
    await services.saveReadingPlace({ documentId: ids[1]!, place: { claimId: 'c2', scrollFraction: 0.4 } })
    const restarted = await servicesIn(dataDir)
    expect(await restarted.getReadingPlace({ documentId: ids[1]! })).toEqual({
      claimId: 'c2',
      scrollFraction: 0.4
    })
    expect(await restarted.getReadingPlace({ documentId: ids[0]! })).toBeNull()
  })
})

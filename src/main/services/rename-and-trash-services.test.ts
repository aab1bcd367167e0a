import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../shared/dispatch'
import { servicesIn, servicesWithTwoDocuments } from '../../../test/support/services'

describe('renaming and the trash', () => {
  it('renames a document in the library and in its file', async () => {
    const { services, dataDir, ids } = await servicesWithTwoDocuments()
    await services.renameDocument({ documentId: ids[0]!, title: 'Spring Tides' })
    const restarted = await servicesIn(dataDir)
    expect((await restarted.openDocument({ documentId: ids[0]! })).title).toBe('Spring Tides')
    expect((await restarted.listDocuments({})).map((entry) => entry.title)).toContain('Spring Tides')
  })

  it('moves a deleted document to the trash and restores it with everything', async () => {
    const { services, ids } = await servicesWithTwoDocuments()
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
    const { services, dataDir, ids } = await servicesWithTwoDocuments()
    await services.trashDocument({ documentId: ids[0]! })
    expect(await services.emptyTrash({})).toBe(1)
    expect(await readdir(join(dataDir, 'documents'))).toEqual([`${ids[1]}.json`])
    expect(await services.listTrash({})).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import type { Services } from '../../shared/contract'
import { dispatch } from '../../shared/dispatch'
import { reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { openStore, tempFolder } from '../../../test/support/temp-folder'
import { createServices } from './create-services'
import { inProcessArticleBuilder } from '../../../test/support/in-process-article-builder'

const fixedNow = () => new Date('2026-03-21T10:00:00.000Z')

async function libraryWithReviewedArticle() {
  const dataDir = await tempFolder()
  const store = await openStore(dataDir)
  const document = reviewedArticle()
  await store.createDocument(document)
  const services: Services = createServices({
    store,
    platform: { kind: 'browser' },
    version: 'test',
    articleBuilder: inProcessArticleBuilder,
    now: fixedNow
  })
  return { dataDir, store, services, documentId: document.id }
}

async function backupOf(services: Services, documentId: string) {
  const file = await services.exportDocument({ documentId, format: 'backup' })
  return { fileName: file.fileName, text: file.content }
}

describe('the backup round trip', () => {
  it('backup, delete the document for good, import: the same Markdown export, and the same document', async () => {
    const { dataDir, services, documentId } = await libraryWithReviewedArticle()
    await services.saveReadingPlace({ documentId, place: { claimId: 'c3', scrollFraction: 0.4 } })
    const before = await services.exportDocument({ documentId, format: 'markdown' })
    const document = await services.openDocument({ documentId })
    const backup = await backupOf(services, documentId)

    await services.trashDocument({ documentId })
    await services.emptyTrash({})
    expect(await services.listDocuments({})).toEqual([])

    const outcome = await services.importBackup(backup)
    expect(outcome).toMatchObject({ status: 'imported', entry: { id: documentId } })
    expect(await services.exportDocument({ documentId, format: 'markdown' })).toEqual(before)
    expect(await services.openDocument({ documentId })).toEqual(document)
    expect(await services.getReadingPlace({ documentId })).toEqual({ claimId: 'c3', scrollFraction: 0.4 })

    // And it is on disk: a fresh start reads the same document.
    const reopened = createServices({
      store: await openStore(dataDir),
      platform: { kind: 'browser' },
      version: 'test',
      articleBuilder: inProcessArticleBuilder,
      now: fixedNow
    })
    expect(await reopened.openDocument({ documentId })).toEqual(document)
  })
})

describe('importBackup when the document is still there', () => {
  it('asks, and cancel changes nothing', async () => {
    const { services, documentId } = await libraryWithReviewedArticle()
    const question = await services.importBackup(await backupOf(services, documentId))
    expect(question).toMatchObject({ status: 'needs-decision', existing: { id: documentId } })
    if (question.status !== 'needs-decision') return
    const before = await services.listDocuments({})
    expect(await services.resolveBackupImport({ pendingId: question.pendingId, decision: 'cancel' })).toEqual(
      {
        status: 'cancelled'
      }
    )
    expect(await services.listDocuments({})).toEqual(before)
  })

  it('replace puts the backed-up review back and keeps the replaced one as an earlier version', async () => {
    const { services, documentId } = await libraryWithReviewedArticle()
    const backup = await backupOf(services, documentId)
    await services.applyChange({
      documentId,
      change: { kind: 'set-status', claimId: 'c1', status: 'disputed' }
    })
    const question = await services.importBackup(backup)
    if (question.status !== 'needs-decision') throw new Error('expected a question')
    await services.resolveBackupImport({ pendingId: question.pendingId, decision: 'replace' })
    const restored = await services.openDocument({ documentId })
    expect(restored.annotations.claims['c1']?.status).toBe('verified')
    expect((await services.listDocuments({})).map((entry) => entry.id)).toEqual([documentId])
    expect((await services.listVersions({ documentId })).length).toBeGreaterThan(0)
  })

  it('keep both adds the backup as a second document with a new id', async () => {
    const { services, documentId } = await libraryWithReviewedArticle()
    const question = await services.importBackup(await backupOf(services, documentId))
    if (question.status !== 'needs-decision') throw new Error('expected a question')
    const outcome = await services.resolveBackupImport({
      pendingId: question.pendingId,
      decision: 'keep-both'
    })
    const ids = (await services.listDocuments({})).map((entry) => entry.id)
    expect(ids).toHaveLength(2)
    expect(outcome.status === 'imported' && outcome.entry.id).not.toBe(documentId)
  })
})

describe('importBackup refusals', () => {
  it('refuses a file that is not a backup with a message that names it, and saves nothing', async () => {
    const { services } = await libraryWithReviewedArticle()
    const result = await dispatch(services, 'importBackup', {
      fileName: 'notes.claimcheck.json',
      text: '{"a":1}'
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'bad-file',
        message: expect.stringContaining('“notes.claimcheck.json” cannot be restored')
      }
    })
    expect(await services.listDocuments({})).toHaveLength(1)
  })
})

import { describe, expect, it } from 'vitest'
import type { Services } from '../../shared/contract'
import { reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { emptyAnnotations } from '../../shared/model'
import { openStore, tempFolder } from '../../../test/support/temp-folder'
import { createServices } from './create-services'
import { inProcessArticleBuilder } from '../../../test/support/in-process-article-builder'

const fixedNow = () => new Date('2026-03-21T10:00:00.000Z')

async function library() {
  const store = await openStore(await tempFolder())
  const services: Services = createServices({
    store,
    platform: { kind: 'browser' },
    version: 'test',
    articleBuilder: inProcessArticleBuilder,
    now: fixedNow
  })
  return { store, services }
}

const statuses = (annotations: { claims: Record<string, { status: string | null }> }) =>
  Object.entries(annotations.claims)
    .map(([claimId, review]) => [claimId, review.status])
    .sort()

describe('importAnnotations', () => {
  it('puts our own W3C export back on an unreviewed copy of the document, to the same claims', async () => {
    const { store, services } = await library()
    const original = reviewedArticle()
    await store.createDocument(original)
    const w3c = await services.exportDocument({ documentId: original.id, format: 'w3c' })
    await services.trashDocument({ documentId: original.id })
    await store.createDocument({ ...original, id: 'unreviewed-copy', annotations: emptyAnnotations() })

    // No documentId: the copy is found by the web address the annotations point at.
    const imported = await services.importAnnotations({ fileName: w3c.fileName, text: w3c.content })
    expect(imported.entry.id).toBe('unreviewed-copy')
    const live = Object.keys(original.annotations.claims).length + original.annotations.highlights.length
    expect(imported).toMatchObject({ placed: live, orphaned: 0, unchanged: 0, skipped: 0 })
    const copy = await services.openDocument({ documentId: 'unreviewed-copy' })
    expect(statuses(copy.annotations)).toEqual(statuses(original.annotations))
    expect(copy.annotations.highlights.map((h) => h.target.position)).toEqual(
      original.annotations.highlights.map((h) => h.target.position)
    )

    const again = await services.importAnnotations({ fileName: w3c.fileName, text: w3c.content })
    expect(again).toMatchObject({ placed: 0, unchanged: live })
  })

  it('says plainly when a file is not annotations', async () => {
    const { services } = await library()
    await expect(services.importAnnotations({ fileName: 'notes.json', text: '{"a":1}' })).rejects.toThrow(
      '“notes.json” holds no annotations with a quote to place.'
    )
  })
})

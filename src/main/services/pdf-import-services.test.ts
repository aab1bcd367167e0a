/** A PDF through the import service as the renderer sends it: its bytes as base64, validated. */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportOutcome, ImportProgress, Services } from '../../shared/contract'
import { dispatch } from '../../shared/dispatch'
import type { Result } from '../../shared/result'
import type { ArticleBuilder } from '../import/article-input'
import { inProcessArticleBuilder } from '../../../test/support/in-process-article-builder'
import { encryptedPdf, setLines, writePdf } from '../../../test/support/pdf-files'
import { servicesIn } from '../../../test/support/services'
import { tempFolder } from '../../../test/support/temp-folder'

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')

const FARES = 'Ferry fares rose by 12% in spring. The council said 1,200 people cross each day.'

describe('importing a PDF', () => {
  it('stores the PDF’s article with the file as its source and the metadata’s author and date', async () => {
    const services = await servicesIn(await tempFolder())
    const bytes = await writePdf({
      title: 'Ferry Fares 2024',
      author: 'Harbour Board',
      createdAt: new Date('2024-04-02T10:00:00Z'),
      pages: [setLines([FARES])]
    })
    const reply = (await dispatch(services, 'importFile', {
      fileName: 'fares.pdf',
      base64: base64(bytes)
    })) as Result<ImportOutcome>
    if (!reply.ok || reply.value.status !== 'imported')
      throw new Error(`import failed: ${JSON.stringify(reply)}`)
    const document = await services.openDocument({ documentId: reply.value.entry.id })
    expect(document).toMatchObject({
      title: 'Ferry Fares 2024',
      source: 'fares.pdf',
      byline: 'Harbour Board',
      publishedAt: '2024-04-02T10:00:00.000Z',
      text: `Ferry Fares 2024\n\n${FARES}`
    })
    expect(reply.value.entry.claimCount).toBe(2)
  })

  it('says how many pages have been read while the import is under way, and nothing after', async () => {
    const seen: Array<ImportProgress | null> = []
    let services: Services | null = null
    const watching: ArticleBuilder = {
      build: (input, onProgress) =>
        inProcessArticleBuilder.build(input, (done, total) => {
          onProgress?.(done, total)
          if (done === 2) void services?.getImportProgress({}).then((progress) => seen.push(progress))
        })
    }
    services = await servicesIn(await tempFolder(), { articleBuilder: watching })
    const pages = ['Fares rose.', 'Crossings fell.', 'Berths were added.'].map((text) => setLines([text]))
    const bytes = await writePdf({ pages })
    await services.importFile({ fileName: 'three-pages.pdf', base64: base64(bytes) })
    expect(seen).toEqual([{ fileName: 'three-pages.pdf', done: 2, total: 3, unit: 'page' }])
    expect(await services.getImportProgress({})).toBeNull()
  })

  it('refuses a password-protected PDF and stores nothing', async () => {
    const dataDir = await tempFolder()
    const services = await servicesIn(dataDir)
    const reply = await dispatch(services, 'importFile', {
      fileName: 'sealed.pdf',
      base64: base64(encryptedPdf('Ferry fares rose.'))
    })
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-file' } })
    expect(reply.ok ? '' : reply.error.message).toContain('is password-protected')
    expect(await services.listDocuments({})).toEqual([])
    expect(await readdir(join(dataDir, 'documents')).catch(() => [])).toEqual([])
  })

  it('refuses bytes that are not base64 before reading them', async () => {
    const services = await servicesIn(await tempFolder())
    const reply = await dispatch(services, 'importFile', {
      fileName: 'fares.pdf',
      base64: '%PDF-1.7 not base64'
    })
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})

/**
 * Data folders written before a document was split into a review and an article (schemaVersion 2,
 * one whole file per document), built by hand in the old layout, opened by the store.
 */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore, tempFolder } from '../../../test/support/temp-folder'
import { legacyDocument, writeLegacyFolder } from '../../../test/support/legacy-data-folder'
import { readDocumentFiles } from './document-files'

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'))

async function legacyFolder() {
  const folder = await tempFolder()
  const ferry = legacyDocument('ferry-report', 'Ferry Report', 'The council says 6%.')
  const pier = {
    ...legacyDocument('pier-plan', 'Pier Plan', 'Check the minutes.'),
    trashedAt: '2025-12-01T00:00:00.000Z'
  }
  const written = await writeLegacyFolder(folder, [ferry, pier], { lastDocumentId: 'ferry-report' })
  return { folder, ferry, pier, written }
}

describe('a data folder from before the split', () => {
  it('opens with every document, review, trash and reading place as it was, files untouched', async () => {
    const { folder, ferry, written } = await legacyFolder()
    const store = await openStore(folder)
    expect(store.index.documents.map((entry) => entry.id)).toEqual(['ferry-report'])
    expect(store.index.trash.map((entry) => entry.id)).toEqual(['pier-plan'])
    expect(store.index.places['ferry-report']).toEqual({ claimId: 'c2', scrollFraction: 0.4 })
    expect(store.index.lastDocumentId).toBe('ferry-report')
    const document = await store.openDocument('ferry-report')
    expect({
      text: document.text,
      claims: document.claims,
      review: document.annotations.claims['c2']
    }).toEqual({
      text: ferry.text,
      claims: ferry.claims,
      review: ferry.annotations.claims['c2']
    })
    // Read as it is: a document is split only when it is next saved.
    expect(await readFile(join(folder, 'documents', 'ferry-report.json'), 'utf8')).toBe(
      written.get('ferry-report')
    )
    // The index is written again at once as version 3, so an older Claimcheck refuses the folder.
    expect((await readJson(join(folder, 'library.json'))).schemaVersion).toBe(3)
  })

  it('splits a document on its first change and keeps the whole file among its versions', async () => {
    const { folder, ferry, written } = await legacyFolder()
    const store = await openStore(folder)
    await store.changeDocument('ferry-report', (document) => ({
      ...document,
      title: 'Ferry Report, checked'
    }))

    const review = await readJson(join(folder, 'documents', 'ferry-report.json'))
    expect(review).toMatchObject({
      schemaVersion: 3,
      title: 'Ferry Report, checked',
      articleKey: expect.any(String)
    })
    expect(review).not.toHaveProperty('text')
    expect(review.annotations.claims.c2.note).toBe('The council says 6%.')
    const articles = await readdir(join(folder, 'articles'))
    expect(articles).toEqual([`ferry-report.${review.articleKey}.article`])
    expect(
      (await readFile(join(folder, 'articles', articles[0] ?? ''), 'utf8')).endsWith(`\n${ferry.text}`)
    ).toBe(true)

    const [version, ...others] = await store.listVersions('ferry-report')
    expect(others).toEqual([])
    expect(await readFile(version?.path ?? '', 'utf8')).toBe(written.get('ferry-report'))
    const earlier = await store.readVersion('ferry-report', version?.versionId ?? '')
    expect({ title: earlier.title, text: earlier.text }).toEqual({ title: 'Ferry Report', text: ferry.text })

    const reopened = await openStore(folder)
    const document = await reopened.openDocument('ferry-report')
    expect({ title: document.title, text: document.text, claims: document.claims }).toEqual({
      title: 'Ferry Report, checked',
      text: ferry.text,
      claims: ferry.claims
    })
  })

  it('loses nothing when the split is cut short after the article is written and before the review', async () => {
    const { folder, ferry } = await legacyFolder()
    // What a kill leaves between the two writes: an article no review names, and the review's temp file.
    await mkdir(join(folder, 'articles'))
    await writeFile(
      join(folder, 'articles', 'ferry-report.0a1b2c3d4e5f.article'),
      '{"format":"claimcheck-article"'
    )
    await writeFile(
      join(folder, 'articles', 'gone-document.0a1b2c3d4e5f.article'),
      'left by an import cut short'
    )
    await writeFile(
      join(folder, 'documents', '.ferry-report.json.0123456789ab.tmp'),
      '{"schemaVersion":3,"id":"fe'
    )

    const store = await openStore(folder)
    const document = await store.openDocument('ferry-report')
    expect({ text: document.text, note: document.annotations.claims['c2']?.note }).toEqual({
      text: ferry.text,
      note: 'The council says 6%.'
    })
    expect(await readdir(join(folder, 'documents'))).toEqual(['ferry-report.json', 'pier-plan.json'])
    // The unnamed article of a document with no review is gone at start; the other once the split is done.
    expect(await readdir(join(folder, 'articles'))).toEqual(['ferry-report.0a1b2c3d4e5f.article'])

    await store.changeDocument('ferry-report', (current) => ({ ...current, title: 'After the crash' }))
    const read = await readDocumentFiles(folder, 'ferry-report')
    expect(read?.document).toMatchObject({ title: 'After the crash', text: ferry.text })
    expect(await readdir(join(folder, 'articles'))).toEqual([`ferry-report.${read?.article?.key}.article`])
  })

  it('reads a folder where some documents are split and others are not, as the command line does', async () => {
    const { folder, ferry, pier } = await legacyFolder()
    const store = await openStore(folder)
    await store.changeDocument('ferry-report', (document) => ({ ...document, title: 'Split' }))
    await store.flush()
    const split = await readDocumentFiles(folder, 'ferry-report')
    const whole = await readDocumentFiles(folder, 'pier-plan')
    expect(split?.article?.key).toMatch(/^[0-9a-f]{12}$/)
    expect(whole?.article).toBeNull()
    expect([split?.document.text, whole?.document.text]).toEqual([ferry.text, pier.text])
    expect((await stat(join(folder, 'documents', 'pier-plan.json'))).size).toBe(JSON.stringify(pier).length)
  })

  it('reads a whole document of the current version written by a tool, and splits it when it changes', async () => {
    const { folder, ferry } = await legacyFolder()
    await writeFile(
      join(folder, 'documents', 'ferry-report.json'),
      JSON.stringify({ ...ferry, schemaVersion: 3 })
    )
    const store = await openStore(folder)
    expect((await store.openDocument('ferry-report')).text).toBe(ferry.text)
    await store.changeDocument('ferry-report', (document) => ({ ...document, title: 'Split now' }))
    expect((await readDocumentFiles(folder, 'ferry-report'))?.article?.text).toBe(ferry.text)
  })
})

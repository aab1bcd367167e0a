/** A document's two files through the store: what a change, a new text, a restore and a delete write. */
import { readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../shared/document/build-article'
import { SCHEMA_VERSION, emptyAnnotations, type StoredDocument } from '../../shared/model'
import { openStore, tempFolder } from '../../../test/support/temp-folder'

function bridge(paragraph = 'The bridge opened in 1932. It carries 160,000 vehicles a day.'): StoredDocument {
  const article = buildArticle({
    title: 'Bridge',
    source: 'bridge.txt',
    blocks: [
      { type: 'title', text: 'Bridge' },
      { type: 'paragraph', text: paragraph }
    ]
  })
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'bridge',
    addedAt: '2026-01-02T03:04:05.000Z',
    ...article,
    annotations: emptyAnnotations()
  }
}

const articlesIn = async (folder: string) => (await readdir(join(folder, 'articles'))).sort()
const reviewOf = async (folder: string) =>
  JSON.parse(await readFile(join(folder, 'documents', 'bridge.json'), 'utf8')) as { articleKey: string }

describe('a document stored as a review and an article', () => {
  it('rewrites only the review for a change: the article file is not written again', async () => {
    const folder = await tempFolder()
    const store = await openStore(folder)
    await store.createDocument(bridge())
    const [article] = await articlesIn(folder)
    const before = await stat(join(folder, 'articles', article ?? ''))
    const reviewBefore = await stat(join(folder, 'documents', 'bridge.json'))

    await store.changeDocument('bridge', (document) => ({ ...document, title: 'Bridge, checked' }))

    const after = await stat(join(folder, 'articles', article ?? ''))
    expect({ ino: after.ino, mtimeMs: after.mtimeMs }).toEqual({ ino: before.ino, mtimeMs: before.mtimeMs })
    expect((await stat(join(folder, 'documents', 'bridge.json'))).ino).not.toBe(reviewBefore.ino)
    expect(await articlesIn(folder)).toEqual([article])
  })

  it('writes a new article for a new text, keeps the old one while a kept version names it, and restores it', async () => {
    const folder = await tempFolder()
    let clock = Date.UTC(2026, 10, 29, 9)
    const store = await openStore(folder, { now: () => new Date(clock) })
    await store.createDocument(bridge())
    const first = (await reviewOf(folder)).articleKey
    clock += 10 * 60_000
    const review = join(folder, 'documents', 'bridge.json')
    await utimes(review, new Date(clock - 60_000), new Date(clock - 60_000))
    const newText = bridge('The bridge opened in 1933. It carries 170,000 vehicles a day.')
    await store.changeDocument('bridge', (document) => ({
      ...document,
      ...newText,
      annotations: document.annotations
    }))

    const second = (await reviewOf(folder)).articleKey
    expect(second).not.toBe(first)
    expect(await articlesIn(folder)).toEqual([`bridge.${first}.article`, `bridge.${second}.article`].sort())
    const [version] = await store.listVersions('bridge')
    const earlier = await store.readVersion('bridge', version?.versionId ?? '')
    expect(earlier.text).toContain('1932')

    await store.changeDocument('bridge', (current) => ({ ...earlier, annotations: current.annotations }))
    const reopened = await openStore(folder)
    expect((await reopened.openDocument('bridge')).text).toContain('1932')
  })

  it('removes the article files that no review or kept version names once a new text is saved', async () => {
    const folder = await tempFolder()
    const store = await openStore(folder)
    await store.createDocument(bridge())
    // Three new texts moments apart: the backup policy keeps versions a minute apart, so not all.
    for (const year of ['1933', '1934', '1935']) {
      const next = bridge(`The bridge opened in ${year}. It carries 160,000 vehicles a day.`)
      await store.changeDocument('bridge', (document) => ({
        ...document,
        ...next,
        annotations: document.annotations
      }))
    }
    const named = new Set([(await reviewOf(folder)).articleKey])
    for (const version of await store.listVersions('bridge')) {
      named.add((JSON.parse(await readFile(version.path, 'utf8')) as { articleKey: string }).articleKey)
    }
    expect(await articlesIn(folder)).toEqual([...named].map((key) => `bridge.${key}.article`).sort())
    expect(named.size).toBeLessThan(4)
  })

  it('deletes a document for good with its article files', async () => {
    const folder = await tempFolder()
    const store = await openStore(folder)
    await store.createDocument(bridge())
    await store.deleteDocuments(['bridge'])
    expect({ reviews: await readdir(join(folder, 'documents')), articles: await articlesIn(folder) }).toEqual(
      {
        reviews: [],
        articles: []
      }
    )
  })

  it('keeps a document whose article file is damaged aside, review and article together, and says so', async () => {
    const folder = await tempFolder()
    const store = await openStore(folder)
    await store.createDocument(bridge())
    await store.flush()
    const [article] = await articlesIn(folder)
    await writeFile(
      join(folder, 'articles', article ?? ''),
      '{"format":"claimcheck-article","formatVersion":1'
    )

    const reopened = await openStore(folder)
    await expect(reopened.openDocument('bridge')).rejects.toMatchObject({ code: 'bad-file' })
    const damaged = await readdir(join(folder, 'damaged'))
    expect(damaged.map((name) => name.replace(/\.\d{4}-.*$/, '')).sort()).toEqual(
      [article, 'bridge.json'].sort()
    )
  })
})

import { readFileSync, statSync } from 'node:fs'
import { readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../shared/document/build-article'
import { SCHEMA_VERSION, emptyAnnotations, type StoredDocument } from '../../shared/model'
import { openStore, tempFolder } from '../../../test/support/temp-folder'
import type { LibraryStore } from './library-store'

function storedDocument(id: string, title: string): StoredDocument {
  const article = buildArticle({
    title,
    source: `${id}.txt`,
    blocks: [
      { type: 'title', text: title },
      { type: 'paragraph', text: 'The bridge opened in 1932. It carries 160,000 vehicles a day.' }
    ]
  })
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    addedAt: '2026-01-02T03:04:05.000Z',
    ...article,
    annotations: emptyAnnotations()
  }
}

async function storeWith(folder: string, ...documents: StoredDocument[]): Promise<LibraryStore> {
  const store = await openStore(folder)
  for (const document of documents) await store.createDocument(document)
  return store
}

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'))
const retitle = (title: string) => (document: StoredDocument) => ({ ...document, title })

describe('LibraryStore', () => {
  it('keeps the library index and each document in their own files', async () => {
    const folder = await tempFolder()
    await storeWith(folder, storedDocument('harbour-bridge', 'Harbour Bridge'))
    const index = await readJson(join(folder, 'library.json'))
    expect(index.schemaVersion).toBe(SCHEMA_VERSION)
    expect(index.documents.map((entry: { id: string }) => entry.id)).toEqual(['harbour-bridge'])
    const document = await readJson(join(folder, 'documents', 'harbour-bridge.json'))
    expect(document).toMatchObject({ schemaVersion: SCHEMA_VERSION, title: 'Harbour Bridge' })
  })

  it('reopens with the same documents', async () => {
    const folder = await tempFolder()
    await storeWith(folder, storedDocument('harbour-bridge', 'Harbour Bridge'))
    const reopened = await openStore(folder)
    expect(reopened.index.documents.map((entry) => entry.title)).toEqual(['Harbour Bridge'])
    expect((await reopened.openDocument('harbour-bridge')).claims).toHaveLength(2)
  })

  it('applies concurrent first changes to an unloaded document in order, all of them on disk', async () => {
    const folder = await tempFolder()
    await storeWith(folder, storedDocument('bridge', 'Bridge'))
    const reopened = await openStore(folder)
    const titles = Array.from({ length: 50 }, (_, n) => `Bridge ${n}`)
    const order: string[] = []
    await Promise.all(
      titles.map((title) =>
        reopened.changeDocument('bridge', (document) => {
          order.push(title)
          return { ...document, title: `${document.title}|${title}` }
        })
      )
    )
    expect(order).toEqual(titles)
    const onDisk = await readJson(join(folder, 'documents', 'bridge.json'))
    expect(onDisk.title).toBe(['Bridge', ...titles].join('|'))
    expect((await readJson(join(folder, 'library.json'))).documents[0].title).toBe(onDisk.title)
  })

  it('writes nothing when a change throws', async () => {
    const folder = await tempFolder()
    const store = await storeWith(folder, storedDocument('bridge', 'Bridge'))
    const path = join(folder, 'documents', 'bridge.json')
    const before = await readFile(path)
    await expect(
      store.changeDocument('bridge', () => {
        throw new Error('refused')
      })
    ).rejects.toThrow('refused')
    expect(await readFile(path)).toEqual(before)
    expect((await store.openDocument('bridge')).title).toBe('Bridge')
  })

  it('removes temp files left by interrupted writes when it opens', async () => {
    const folder = await tempFolder()
    await storeWith(folder, storedDocument('bridge', 'Bridge'))
    await writeFile(join(folder, '.library.json.0123456789ab.tmp'), '{"half')
    await writeFile(join(folder, 'documents', '.bridge.json.ba9876543210.tmp'), '{"half')
    await openStore(folder)
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(await readdir(join(folder, 'documents'))).toEqual(['bridge.json'])
  })

  it('with the index in the background, answers once the document is on disk; the index follows', async () => {
    const folder = await tempFolder()
    const store = await storeWith(folder, storedDocument('bridge', 'Bridge'))
    const changes = ['Bridge, revised', 'Bridge, revised twice'].map((title) =>
      store.changeDocument('bridge', retitle(title), { indexInBackground: true })
    )
    const [, last] = await Promise.all(changes)
    expect(last?.entry.title).toBe('Bridge, revised twice')
    expect((await readJson(join(folder, 'documents', 'bridge.json'))).title).toBe('Bridge, revised twice')
    expect(store.index.documents.map((entry) => entry.title)).toEqual(['Bridge, revised twice'])
    await store.flush()
    const index = await readJson(join(folder, 'library.json'))
    expect(index.documents[0].title).toBe('Bridge, revised twice')
    const { size, mtimeMs } = await stat(join(folder, 'documents', 'bridge.json'))
    expect(index.stamps.bridge).toEqual({ size, mtimeMs })
  })

  it('writes the index once after a burst of changes, not once each, and at once when asked', async () => {
    const folder = await tempFolder()
    const store = await storeWith(folder, storedDocument('bridge', 'Bridge'))
    const indexBefore = await readFile(join(folder, 'library.json'), 'utf8')
    for (let n = 1; n <= 20; n++) {
      await store.changeDocument('bridge', retitle(`Bridge ${n}`), { indexInBackground: true })
    }
    // The index waits for the burst to end; every change is on disk in its document.
    expect(await readFile(join(folder, 'library.json'), 'utf8')).toBe(indexBefore)
    expect((await readJson(join(folder, 'documents', 'bridge.json'))).title).toBe('Bridge 20')
    await store.flush()
    const index = await readJson(join(folder, 'library.json'))
    expect(index.documents.map((entry: { title: string }) => entry.title)).toEqual(['Bridge 20'])
    const { size, mtimeMs } = await stat(join(folder, 'documents', 'bridge.json'))
    expect(index.stamps.bridge).toEqual({ size, mtimeMs })
  })

  it('lists what the file holds when later changes shared its write, so the stamp never vouches for another version', async () => {
    const folder = await tempFolder()
    const store = await storeWith(folder, storedDocument('bridge', 'Bridge'))
    const path = join(folder, 'documents', 'bridge.json')
    // Each time a change is listed: the title listed and the title on disk, when the stamps agree.
    const seen: { listed: string | undefined; onDisk: string }[] = []
    store.onDocumentChanged((id) => {
      const { size, mtimeMs } = statSync(path)
      const stamp = store.index.stamps[id]
      if (stamp?.size !== size || stamp.mtimeMs !== mtimeMs) return
      const onDisk = (JSON.parse(readFileSync(path, 'utf8')) as StoredDocument).title
      seen.push({ listed: store.index.documents.find((entry) => entry.id === id)?.title, onDisk })
    })
    // The first write starts at once; the next three wait for it and share the second.
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        store.changeDocument('bridge', retitle(`Bridge ${n}`), { indexInBackground: true })
      )
    )
    expect(seen.length).toBe(4)
    for (const { listed, onDisk } of seen) expect(listed).toBe(onDisk)
  })

  it('reopens a folder left mid-burst, its index not yet written, with every change', async () => {
    const folder = await tempFolder()
    const store = await storeWith(
      folder,
      storedDocument('bridge', 'Bridge'),
      storedDocument('tunnel', 'Tunnel')
    )
    await store.changeDocument('bridge', retitle('Bridge, revised'), { indexInBackground: true })
    await store.changeDocument('tunnel', retitle('Tunnel, revised'), { indexInBackground: true })
    // As if the app were killed now: a second store opens the folder while the index still waits.
    const reopened = await openStore(folder)
    expect(reopened.index.documents.map((entry) => entry.title).sort()).toEqual([
      'Bridge, revised',
      'Tunnel, revised'
    ])
  })

  it('tells background work it is idle only once the loads and changes under way are done', async () => {
    const folder = await tempFolder()
    await storeWith(folder, storedDocument('bridge', 'Bridge'), storedDocument('tunnel', 'Tunnel'))
    const store = await openStore(folder)
    await store.whenIdle()
    const seenWhenIdle: string[] = []
    const saved = [
      store.changeDocument('bridge', retitle('Bridge, revised'), { indexInBackground: true }),
      store.openDocument('tunnel')
    ]
    await store.whenIdle().then(async () => {
      seenWhenIdle.push((await readJson(join(folder, 'documents', 'bridge.json'))).title)
    })
    // Had it answered at once, the file would still read "Bridge".
    expect(seenWhenIdle).toEqual(['Bridge, revised'])
    await Promise.all(saved)
  })

  it('reconciles the index with a document saved just before a crash', async () => {
    const folder = await tempFolder()
    const store = await storeWith(folder, storedDocument('bridge', 'Bridge'))
    const indexBefore = await readFile(join(folder, 'library.json'))
    await store.changeDocument('bridge', retitle('Harbour Bridge, revised'))
    // As if the process died after the document was written but before the index was.
    await writeFile(join(folder, 'library.json'), indexBefore)
    const reopened = await openStore(folder)
    expect(reopened.index.documents.map((entry) => entry.title)).toEqual(['Harbour Bridge, revised'])
  })

  it('keeps the trash and reading places when a damaged index is rebuilt', async () => {
    const folder = await tempFolder()
    const store = await storeWith(
      folder,
      storedDocument('bridge', 'Bridge'),
      storedDocument('tower', 'Tower')
    )
    await store.changeDocument('tower', (document) => ({
      ...document,
      trashedAt: '2026-02-03T00:00:00.000Z'
    }))
    await store.updateIndex((index) => {
      index.places['bridge'] = { claimId: 'c2', scrollFraction: 0.5 }
    })
    await store.updateIndex((index) => {
      index.lastDocumentId = 'bridge'
    })
    await writeFile(join(folder, 'library.json'), '{"schemaVersion": 1, "docu')

    const reopened = await openStore(folder)

    expect(reopened.index.documents.map((entry) => entry.id)).toEqual(['bridge'])
    expect(reopened.index.trash.map((entry) => entry.id)).toEqual(['tower'])
    expect(reopened.index.places['bridge']).toEqual({ claimId: 'c2', scrollFraction: 0.5 })
    const [notice, ...others] = reopened.takeNotices()
    expect(others).toEqual([])
    const damaged = await readdir(join(folder, 'damaged'))
    expect(damaged).toHaveLength(1)
    expect(await readFile(join(folder, 'damaged', damaged[0] ?? ''), 'utf8')).toBe(
      '{"schemaVersion": 1, "docu'
    )
    expect(notice?.message).toContain(join(folder, 'damaged'))
    expect(notice?.message).toContain('library.json')
  })

  it('finds every damaged document at start, keeps each aside byte for byte, and says so once', async () => {
    const folder = await tempFolder()
    await storeWith(
      folder,
      storedDocument('bridge', 'Bridge'),
      storedDocument('tower', 'Tower'),
      storedDocument('pier', 'Pier')
    )
    await writeFile(join(folder, 'documents', 'tower.json'), '')
    await writeFile(join(folder, 'documents', 'pier.json'), '{"schemaVersion":1,"id":"pier"}')

    const reopened = await openStore(folder)

    expect(reopened.index.documents.map((entry) => entry.id)).toEqual(['bridge'])
    const damaged = (await readdir(join(folder, 'damaged'))).sort()
    const reviews = damaged.filter((name) => name.includes('.json.'))
    expect(reviews.map((name) => name.replace(/\.json\..*/, ''))).toEqual(['pier', 'tower'])
    // Each document is kept whole: its article goes with its review.
    expect(damaged.filter((name) => /^(pier|tower)\.[0-9a-f]{12}\.article\./.test(name))).toHaveLength(2)
    const notices = reopened.takeNotices()
    expect(notices).toHaveLength(1)
    expect(notices[0]?.message).toMatch(/2 data files could not be read.*pier\.json.*tower\.json/s)
  })

  it('re-reads a document whose file changed since the index saw it, and trusts one that did not', async () => {
    const folder = await tempFolder()
    await storeWith(folder, storedDocument('bridge', 'Bridge'))
    const path = join(folder, 'documents', 'bridge.json')
    const { mtime } = await stat(path)
    const edited = (await readFile(path, 'utf8')).replace('"title":"Bridge"', '"title":"Edited"')
    await writeFile(path, edited)
    await utimes(path, mtime, new Date(mtime.getTime() + 5000))
    const reopened = await openStore(folder)
    expect(reopened.index.documents[0]?.title).toBe('Edited')
  })

  it('keeps earlier versions of a document that read back as they were saved', async () => {
    const folder = await tempFolder()
    let clock = Date.UTC(2026, 10, 29, 9)
    const store = await openStore(folder, { now: () => new Date(clock) })
    await store.createDocument(storedDocument('bridge', 'Bridge'))
    for (const title of ['First', 'Second', 'Third']) {
      clock += 10 * 60_000
      const path = join(folder, 'documents', 'bridge.json')
      await utimes(path, new Date(clock - 60_000), new Date(clock - 60_000))
      await store.changeDocument('bridge', retitle(title))
    }
    const versions = await store.listVersions('bridge')
    const titles = await Promise.all(
      versions.map(async (version) => (await store.readVersion('bridge', version.versionId)).title)
    )
    expect(titles).toEqual(['Second', 'First', 'Bridge'])
  })
})

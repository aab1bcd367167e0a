import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../shared/document/build-article'
import { SCHEMA_VERSION, emptyAnnotations, type StoredDocument } from '../../shared/model'
import { tempFolder } from '../test-support/temp-folder'
import { LibraryStore, entryFor } from './library-store'

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
  const store = await LibraryStore.open(folder)
  for (const document of documents) {
    await store.writeDocument(document)
    await store.updateIndex((index) => {
      index.documents.push(entryFor(document))
    })
  }
  return store
}

describe('LibraryStore', () => {
  it('keeps the library index and each document in their own files', async () => {
    const folder = await tempFolder()
    await storeWith(folder, storedDocument('harbour-bridge', 'Harbour Bridge'))
    const index = JSON.parse(await readFile(join(folder, 'library.json'), 'utf8'))
    expect(index.schemaVersion).toBe(SCHEMA_VERSION)
    expect(index.documents.map((entry: { id: string }) => entry.id)).toEqual(['harbour-bridge'])
    const document = JSON.parse(await readFile(join(folder, 'documents', 'harbour-bridge.json'), 'utf8'))
    expect(document).toMatchObject({ schemaVersion: SCHEMA_VERSION, title: 'Harbour Bridge' })
  })

  it('reopens with the same documents', async () => {
    const folder = await tempFolder()
    await storeWith(folder, storedDocument('harbour-bridge', 'Harbour Bridge'))
    const reopened = await LibraryStore.open(folder)
    expect(reopened.index.documents.map((entry) => entry.title)).toEqual(['Harbour Bridge'])
    expect((await reopened.readDocument('harbour-bridge')).claims).toHaveLength(2)
  })

  it('moves an unreadable library index aside, says where, and rebuilds it from the documents', async () => {
    const folder = await tempFolder()
    await storeWith(
      folder,
      storedDocument('harbour-bridge', 'Harbour Bridge'),
      storedDocument('tower', 'Tower')
    )
    await writeFile(join(folder, 'library.json'), '{"schemaVersion": 1, "docu')

    const reopened = await LibraryStore.open(folder)

    const files = await readdir(folder)
    const movedAside = files.find((name) => name.startsWith('library.json.damaged-'))
    expect(movedAside).toBeDefined()
    expect(await readFile(join(folder, movedAside ?? ''), 'utf8')).toBe('{"schemaVersion": 1, "docu')
    expect(reopened.index.documents.map((entry) => entry.id).sort()).toEqual(['harbour-bridge', 'tower'])
    const [notice] = reopened.takeNotices()
    expect(notice?.message).toContain(join(folder, movedAside ?? ''))
  })

  it('moves an unreadable document aside untouched and keeps the rest of the library', async () => {
    const folder = await tempFolder()
    await storeWith(
      folder,
      storedDocument('harbour-bridge', 'Harbour Bridge'),
      storedDocument('tower', 'Tower')
    )
    await writeFile(join(folder, 'documents', 'tower.json'), '')
    const reopened = await LibraryStore.open(folder)

    await expect(reopened.readDocument('tower')).rejects.toThrow(/tower\.json\.damaged-.*left untouched/)
    expect(reopened.index.documents.map((entry) => entry.id)).toEqual(['harbour-bridge'])
    const files = await readdir(join(folder, 'documents'))
    expect(files.filter((name) => name.startsWith('tower.json.damaged-'))).toHaveLength(1)
    expect((await reopened.readDocument('harbour-bridge')).title).toBe('Harbour Bridge')
  })
})

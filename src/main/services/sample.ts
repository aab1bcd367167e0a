/** On first run the library holds the sample article, imported like any other .txt file. */
import { readFile } from 'node:fs/promises'
import { buildArticle } from '../../shared/document/build-article'
import { parsePlainText } from '../../shared/text/plain-text'
import type { LibraryStore } from '../store/library-store'
import { importArticle } from './import-article'

export const SAMPLE_FILE_NAME = 'sample-article.txt'

export async function ensureSampleArticle(
  store: LibraryStore,
  samplePath: string,
  now = new Date()
): Promise<void> {
  if (store.index.sampleImported) return
  const text = await readFile(samplePath, 'utf8')
  const entry = await importArticle(store, buildArticle(parsePlainText(text, SAMPLE_FILE_NAME)), now)
  await store.updateIndex((index) => {
    index.sampleImported = true
    index.lastDocumentId ??= entry.id
  })
}

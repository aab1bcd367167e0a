/** On first run the library holds the sample article, imported like any other .txt file. */
import { readFile } from 'node:fs/promises'
import type { ArticleBuilder } from '../import/article-input'
import type { LibraryStore } from '../store/library-store'
import { importArticle } from './import-article'

export const SAMPLE_FILE_NAME = 'sample-article.txt'

export async function ensureSampleArticle(
  store: LibraryStore,
  samplePath: string,
  articleBuilder: ArticleBuilder,
  now = new Date()
): Promise<void> {
  if (store.index.sampleImported) return
  const bytes = await readFile(samplePath)
  const article = await articleBuilder.build({ fileName: SAMPLE_FILE_NAME, bytes })
  const entry = await importArticle(store, article, now)
  await store.updateIndex((index) => {
    index.sampleImported = true
    index.lastDocumentId ??= entry.id
  })
}

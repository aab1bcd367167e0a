/** An imported file's article: the format's importer, then segmentation into claims. */
import { buildArticle } from '../../shared/document/build-article'
import type { Article } from '../../shared/model'
import type { FileInput, PageProgress } from './article-input'
import { draftFromInput } from './draft-from-file'

export async function articleFromFile(input: FileInput, onProgress?: PageProgress): Promise<Article> {
  return buildArticle(await draftFromInput(input, onProgress))
}

/** An imported file's article: the format's importer, then segmentation into claims. */
import { buildArticle } from '../../shared/document/build-article'
import type { Article } from '../../shared/model'
import type { FileInput } from './article-builder'
import { draftFromInput } from './draft-from-file'
import type { PageProgress } from './pdf-article'

export async function articleFromFile(input: FileInput, onProgress?: PageProgress): Promise<Article> {
  return buildArticle(await draftFromInput(input, onProgress))
}

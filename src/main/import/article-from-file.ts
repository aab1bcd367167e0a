/** An imported file's article: decode, the format's importer, then segmentation into claims. */
import { buildArticle } from '../../shared/document/build-article'
import type { Article } from '../../shared/model'
import type { ArticleInput } from './article-builder'
import { decodeImportBytes, draftFromFile } from './draft-from-file'

export function articleFromFile(input: ArticleInput): Article {
  const text = 'text' in input ? input.text : decodeImportBytes(input.fileName, input.bytes)
  return buildArticle(draftFromFile(input.fileName, text))
}

/** What the import worker builds: a file's article, or a fetched web page's. */
import type { Article } from '../../shared/model'
import type { ArticleInput } from './article-builder'
import { articleFromFile } from './article-from-file'
import type { PageProgress } from './pdf-article'
import { articleFromWebPage } from './web-page-article'

export async function articleFromInput(input: ArticleInput, onProgress?: PageProgress): Promise<Article> {
  return 'url' in input ? articleFromWebPage(input, onProgress) : articleFromFile(input, onProgress)
}

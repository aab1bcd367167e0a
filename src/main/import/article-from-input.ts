/** What the import worker builds: a file's article, or a fetched web page's. */
import type { Article } from '../../shared/model'
import { articleFromFile } from './article-from-file'
import type { ArticleInput, PageProgress } from './article-input'

export async function articleFromInput(input: ArticleInput, onProgress?: PageProgress): Promise<Article> {
  if (!('url' in input)) return articleFromFile(input, onProgress)
  // Loaded on demand, like the HTML importer it uses (jsdom), so a file import never pays for it.
  const { articleFromWebPage } = await import('./web-page-article')
  return articleFromWebPage(input, onProgress)
}

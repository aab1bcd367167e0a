/**
 * The one way into HTML import: a page of ordinary size goes through jsdom and Readability
 * (html-article.ts), a page over 1 MB through parse5 alone (large-html-article.ts). Each is loaded
 * only when a page needs it: jsdom takes seconds to load and about 100 MB to hold, which a large
 * page, a text or a PDF import never needs.
 */
import type { ArticleDraft } from '../../shared/document/build-article'
import { LARGE_PAGE_CHARACTERS, type FetchedFrom } from './html-draft'

export async function articleOfHtmlPage(
  html: string,
  source: string,
  fetched?: FetchedFrom
): Promise<ArticleDraft> {
  if (html.length > LARGE_PAGE_CHARACTERS) {
    const { parseLargeHtmlArticle } = await import('./large-html-article')
    return parseLargeHtmlArticle(html, source, fetched)
  }
  const { readableHtmlArticle } = await import('./html-article')
  return readableHtmlArticle(html, source, fetched)
}

/**
 * What both HTML page paths share, without a DOM: the draft they end with (Readability's metadata
 * first, the page's own meta tags after), the tidy-up of read text and the refusal for pages with
 * no article. The ordinary path (html-article.ts) builds a DOM with jsdom; the large-page path
 * (large-html-article.ts) never loads it.
 */
import type { ArticleDraft, BlockText } from '../../shared/document/build-article'
import { ApiFailure } from '../../shared/result'
import { clean } from './clean-text'
import type { PageMetadata } from './page-metadata'

/** Pages larger than this (in characters) take the large-page path. */
export const LARGE_PAGE_CHARACTERS = 1024 * 1024

/** Less text than this is a page's chrome (a menu, a login form), not an article. */
export const MIN_ARTICLE_CHARACTERS = 80

/** Where a page was fetched from: the address after redirects. */
export interface FetchedFrom {
  url: string
}

export interface ReadMetadata {
  title?: string | null
  byline?: string | null
  siteName?: string | null
  publishedTime?: string | null
}

export function noArticle(source: string): ApiFailure {
  return new ApiFailure(
    'bad-file',
    `“${source}” is a web page without an article: Claimcheck found no text to review in it.`
  )
}

/** The draft both paths end with: Readability's metadata first, the page's own meta tags after. */
export function htmlDraft(
  blocks: BlockText[],
  title: string,
  source: string,
  read: ReadMetadata | null | undefined,
  page: PageMetadata,
  fetched?: FetchedFrom
): ArticleDraft {
  const draft: ArticleDraft = {
    title,
    source: fetched ? (page.canonicalUrl ?? fetched.url) : source,
    blocks: [{ type: 'title', text: title }, ...blocks]
  }
  const byline = clean(read?.byline) ?? page.byline
  const siteName = clean(read?.siteName) ?? page.siteName
  const publishedAt = clean(read?.publishedTime) ?? page.publishedAt
  if (byline) draft.byline = byline
  if (siteName) draft.siteName = siteName
  if (publishedAt) draft.publishedAt = publishedAt
  return draft
}

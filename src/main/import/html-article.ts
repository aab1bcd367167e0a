/**
 * HTML import: the page is parsed as an inert document (jsdom without scripts or subresources),
 * the article is extracted with Readability, then sanitized with DOMPurify (see
 * html-sanitizer.ts) — the last step before its text and links are taken and stored. Pages over
 * 1 MB take the faster path in large-html-article.ts.
 *
 * A page fetched from the web (`page`) is parsed at its address, so its relative links resolve
 * against it, and its source is its canonical address when it declares one.
 */
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import type { ArticleDraft, BlockText } from '../../shared/document/build-article'
import { titleFromFileName } from '../../shared/import/file-name'
import { blocksOfSanitizedArticle } from './html-blocks'
import { MIN_ARTICLE_CHARACTERS, clean, noArticle, withSanitizedArticle } from './html-sanitizer'
import { LARGE_PAGE_CHARACTERS, parseLargeHtmlArticle } from './large-html-article'
import { pageMetadata, type PageMetadata } from './page-metadata'

/** Where a page was fetched from: the address after redirects. */
export interface FetchedFrom {
  url: string
}

type ReadMetadata = {
  title?: string | null
  byline?: string | null
  siteName?: string | null
  publishedTime?: string | null
}

function inertDocument(html: string, page?: FetchedFrom): JSDOM {
  // jsdom runs no scripts and loads nothing unless asked; its console noise about CSS is dropped.
  // Its address only sets what relative links resolve against.
  return new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(page ? { url: page.url } : {}) })
}

export function parseHtmlArticle(html: string, source: string, page?: FetchedFrom): ArticleDraft {
  return html.length > LARGE_PAGE_CHARACTERS
    ? parseLargeHtmlArticle(html, source, page)
    : readableHtmlArticle(html, source, page)
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

/** A page of ordinary size: jsdom, Readability over the whole page, then DOMPurify. */
export function readableHtmlArticle(html: string, source: string, page?: FetchedFrom): ArticleDraft {
  const dom = inertDocument(html, page)
  const pageTitle = clean(dom.window.document.title)
  const meta = pageMetadata(dom.window.document, page?.url ?? null)
  const extracted = new Readability(dom.window.document, { charThreshold: 100 }).parse()
  dom.window.close()
  if (!extracted?.content || (clean(extracted.textContent)?.length ?? 0) < MIN_ARTICLE_CHARACTERS) {
    throw noArticle(page?.url ?? source)
  }
  const blocks = withSanitizedArticle(extracted.content, blocksOfSanitizedArticle)
  const title = clean(extracted.title) ?? pageTitle ?? titleFromFileName(source)
  return htmlDraft(blocks, title, source, extracted, meta, page)
}

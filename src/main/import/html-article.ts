/**
 * HTML import: the page is parsed as an inert document (jsdom without scripts, subresources or a
 * real URL), the article is extracted with Readability, then sanitized with DOMPurify (see
 * html-sanitizer.ts) — the last step before its text and links are taken and stored. Pages over
 * 1 MB take the faster path in large-html-article.ts.
 */
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import type { ArticleDraft } from '../../shared/document/build-article'
import { titleFromFileName } from '../../shared/import/file-name'
import { blocksOfSanitizedArticle } from './html-blocks'
import { MIN_ARTICLE_CHARACTERS, clean, noArticle, withSanitizedArticle } from './html-sanitizer'
import { LARGE_PAGE_CHARACTERS, parseLargeHtmlArticle } from './large-html-article'

function inertDocument(html: string): JSDOM {
  // jsdom runs no scripts and loads nothing unless asked; its console noise about CSS is dropped.
  return new JSDOM(html, { virtualConsole: new VirtualConsole() })
}

export function parseHtmlArticle(html: string, source: string): ArticleDraft {
  return html.length > LARGE_PAGE_CHARACTERS
    ? parseLargeHtmlArticle(html, source)
    : readableHtmlArticle(html, source)
}

/** A page of ordinary size: jsdom, Readability over the whole page, then DOMPurify. */
export function readableHtmlArticle(html: string, source: string): ArticleDraft {
  const page = inertDocument(html)
  const pageTitle = clean(page.window.document.title)
  const extracted = new Readability(page.window.document, { charThreshold: 100 }).parse()
  page.window.close()
  if (!extracted?.content || (clean(extracted.textContent)?.length ?? 0) < MIN_ARTICLE_CHARACTERS) {
    throw noArticle(source)
  }
  const blocks = withSanitizedArticle(extracted.content, blocksOfSanitizedArticle)
  const title = clean(extracted.title) ?? pageTitle ?? titleFromFileName(source)
  const draft: ArticleDraft = { title, source, blocks: [{ type: 'title', text: title }, ...blocks] }
  const byline = clean(extracted.byline)
  const siteName = clean(extracted.siteName)
  const publishedAt = clean(extracted.publishedTime)
  if (byline) draft.byline = byline
  if (siteName) draft.siteName = siteName
  if (publishedAt) draft.publishedAt = publishedAt
  return draft
}

/**
 * HTML import: the page is parsed as an inert document (jsdom without scripts or subresources),
 * the article is extracted with Readability, then sanitized with DOMPurify (see
 * html-sanitizer.ts) — the last step before its text and links are taken and stored. Pages over
 * 1 MB take the faster path in large-html-article.ts (html-page.ts chooses).
 *
 * A page fetched from the web (`page`) is parsed at its address, so its relative links resolve
 * against it, and its source is its canonical address when it declares one.
 */
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import type { ArticleDraft } from '../../shared/document/build-article'
import { titleFromFileName } from '../../shared/import/file-name'
import { blocksOfSanitizedArticle } from './html-blocks'
import { clean } from './clean-text'
import { MIN_ARTICLE_CHARACTERS, htmlDraft, noArticle, type FetchedFrom } from './html-draft'
import { withSanitizedArticle } from './html-sanitizer'
import { pageMetadata } from './page-metadata'

function inertDocument(html: string, page?: FetchedFrom): JSDOM {
  // jsdom runs no scripts and loads nothing unless asked; its console noise about CSS is dropped.
  // Its address only sets what relative links resolve against.
  return new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(page ? { url: page.url } : {}) })
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

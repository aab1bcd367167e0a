/**
 * HTML import: the page is parsed as an inert document (jsdom without scripts, subresources or a
 * real URL), the article is extracted with Readability, then sanitized with DOMPurify to a small
 * allow-list of text elements and one attribute (an http(s) `href` on `<a>`) — the last step
 * before its text and links are taken and stored.
 */
import { Readability } from '@mozilla/readability'
import createDOMPurify from 'dompurify'
import { JSDOM, VirtualConsole } from 'jsdom'
import type { ArticleDraft } from '../../shared/document/build-article'
import { titleFromFileName } from '../../shared/import/file-name'
import { ApiFailure } from '../../shared/result'
import { isWebLink } from '../../shared/security/web-link'
import { blocksOfSanitizedArticle } from './html-blocks'
import { LARGE_PAGE_CHARACTERS, parseLargeHtmlArticle } from './large-html-article'

/** Only elements whose text is article prose or structure survive sanitizing. */
const ALLOWED_TAGS = [
  'article section div main header footer p h1 h2 h3 h4 h5 h6 ul ol li blockquote em strong b i u s a',
  'span br code abbr cite q small sub sup time mark figcaption dl dt dd table thead tbody tr td th caption'
]
  .join(' ')
  .split(' ')

/** Less text than this is a page's chrome (a menu, a login form), not an article. */
export const MIN_ARTICLE_CHARACTERS = 80

function inertDocument(html: string): JSDOM {
  // jsdom runs no scripts and loads nothing unless asked; its console noise about CSS is dropped.
  return new JSDOM(html, { virtualConsole: new VirtualConsole() })
}

export interface ArticleSanitizer {
  /** Sanitizes article HTML and hands the resulting fragment to `read`. */
  sanitize<T>(html: string, read: (fragment: DocumentFragment) => T): T
  close(): void
}

/** DOMPurify in one blank inert window, reused for every piece of a large page; close it after. */
export function createArticleSanitizer(): ArticleSanitizer {
  const shell = new JSDOM('<!doctype html><body></body>', { virtualConsole: new VirtualConsole() })
  const purify = createDOMPurify(shell.window)
  // The one attribute kept is a link's address, and only on <a> and only when it parses as http(s).
  // The fragment is never rendered: its text and hrefs are read, and hrefs are checked again when
  // the article is built and again before the reading view draws or opens them.
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'href' && (node.nodeName !== 'A' || !isWebLink(data.attrValue)))
      data.keepAttr = false
  })
  return {
    sanitize: (html, read) =>
      read(
        purify.sanitize(html, {
          ALLOWED_TAGS,
          ALLOWED_ATTR: ['href'],
          ALLOWED_URI_REGEXP: /^https?:/i,
          ALLOW_DATA_ATTR: false,
          KEEP_CONTENT: true,
          RETURN_DOM_FRAGMENT: true
        })
      ),
    close: () => shell.window.close()
  }
}

/** Sanitizes article HTML with DOMPurify (in a blank inert window) and hands the fragment to `read`. */
export function withSanitizedArticle<T>(html: string, read: (fragment: DocumentFragment) => T): T {
  const sanitizer = createArticleSanitizer()
  try {
    return sanitizer.sanitize(html, read)
  } finally {
    sanitizer.close()
  }
}

export function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text ? text : undefined
}

export function noArticle(source: string): ApiFailure {
  return new ApiFailure(
    'bad-file',
    `“${source}” is a web page without an article: Claimcheck found no text to review in it.`
  )
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

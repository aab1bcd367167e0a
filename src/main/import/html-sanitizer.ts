/**
 * The parts of HTML import both page paths share: DOMPurify to a small allow-list of text elements
 * and one attribute (an http(s) `href` on `<a>`) — always the last step before text and links are
 * taken — plus the tidy-ups and the refusal for pages with no article.
 */
import createDOMPurify from 'dompurify'
import { JSDOM, VirtualConsole } from 'jsdom'
import { ApiFailure } from '../../shared/result'
import { isWebLink } from '../../shared/security/web-link'

/** Only elements whose text is article prose or structure survive sanitizing. */
const ALLOWED_TAGS = [
  'article section div main header footer p h1 h2 h3 h4 h5 h6 ul ol li blockquote em strong b i u s a',
  'span br code abbr cite q small sub sup time mark figure figcaption dl dt dd table thead tbody tr td th caption'
]
  .join(' ')
  .split(' ')

/** Less text than this is a page's chrome (a menu, a login form), not an article. */
export const MIN_ARTICLE_CHARACTERS = 80

export interface ArticleSanitizer {
  /**
   * Sanitizes article HTML, or a <body> built in `document`, and hands the resulting body (its
   * children are the article) to `read`.
   */
  sanitize<T>(dirty: string | HTMLElement, read: (article: HTMLElement) => T): T
  /** The sanitizer's own blank document, where a large page's pieces are built as nodes. */
  document: Document
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
    sanitize: (dirty, read) =>
      read(
        purify.sanitize(dirty, {
          ALLOWED_TAGS,
          ALLOWED_ATTR: ['href'],
          ALLOWED_URI_REGEXP: /^https?:/i,
          ALLOW_DATA_ATTR: false,
          KEEP_CONTENT: true,
          // The sanitized body itself: moving its children into a fragment, one DOM mutation per
          // node, cost more than the sanitizing.
          RETURN_DOM: true
        }) as HTMLElement // with RETURN_DOM and no shadow roots allowed, DOMPurify returns its <body>
      ),
    document: shell.window.document,
    close: () => shell.window.close()
  }
}

/** Sanitizes article HTML with DOMPurify (in a blank inert window) and hands the body to `read`. */
export function withSanitizedArticle<T>(html: string, read: (article: HTMLElement) => T): T {
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

/**
 * The parts of HTML import both page paths share: the allow-list of text elements and the one
 * attribute kept (an http(s) `href` on `<a>`), applied by DOMPurify on the ordinary path as the last
 * step before text and links are taken (the large-page path reads parse5's tree through the same
 * list), plus the tidy-ups and the refusal for pages with no article.
 */
import createDOMPurify from 'dompurify'
import { JSDOM, VirtualConsole } from 'jsdom'
import { ApiFailure } from '../../shared/result'
import { isWebLink } from '../../shared/security/web-link'

/** Only elements whose text is article prose or structure survive sanitizing. */
export const ALLOWED_TAGS = [
  'article section div main header footer p h1 h2 h3 h4 h5 h6 ul ol li blockquote em strong b i u s a',
  'span br code abbr cite q small sub sup time mark figure figcaption dl dt dd table thead tbody tr td th caption'
]
  .join(' ')
  .split(' ')

/**
 * Elements dropped with everything inside them rather than unwrapped: DOMPurify's own default
 * list (FORBID_CONTENTS), for the large-page path, which reads parse5's tree through the same
 * allow-list without DOMPurify (see large-html-article.ts; a test holds the two paths equal).
 */
export const FORBIDDEN_CONTENT_TAGS: ReadonlySet<string> = new Set(
  [
    'annotation-xml audio colgroup desc foreignobject head iframe math mi mn mo ms mtext noembed',
    'noframes noscript plaintext script selectedcontent style svg template thead title video xmp'
  ]
    .join(' ')
    .split(' ')
)

/** Whitespace and controls DOMPurify takes out of an address before it checks the scheme. */
// eslint-disable-next-line no-control-regex -- the controls are what is taken out
const ADDRESS_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g

/** The href an <a> keeps, as DOMPurify with the hook below keeps it: http(s) only, else none. */
export function keptHref(value: string): string | null {
  const trimmed = value.trim()
  return isWebLink(trimmed) && /^https?:/i.test(trimmed.replace(ADDRESS_WHITESPACE, '')) ? trimmed : null
}

/** Less text than this is a page's chrome (a menu, a login form), not an article. */
export const MIN_ARTICLE_CHARACTERS = 80

/** Sanitizes article HTML with DOMPurify (in a blank inert window) and hands the body to `read`. */
export function withSanitizedArticle<T>(html: string, read: (article: HTMLElement) => T): T {
  const shell = new JSDOM('<!doctype html><body></body>', { virtualConsole: new VirtualConsole() })
  try {
    const purify = createDOMPurify(shell.window)
    // The one attribute kept is a link's address, and only on <a> and only when it parses as
    // http(s). The fragment is never rendered: its text and hrefs are read, and hrefs are checked
    // again when the article is built and again before the reading view draws or opens them.
    purify.addHook('uponSanitizeAttribute', (node, data) => {
      if (data.attrName === 'href' && (node.nodeName !== 'A' || !isWebLink(data.attrValue)))
        data.keepAttr = false
    })
    const body = purify.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR: ['href'],
      ALLOWED_URI_REGEXP: /^https?:/i,
      ALLOW_DATA_ATTR: false,
      KEEP_CONTENT: true,
      // The sanitized body itself: moving its children into a fragment, one DOM mutation per
      // node, cost more than the sanitizing.
      RETURN_DOM: true
    })
    return read(body as HTMLElement) // with RETURN_DOM and no shadow roots allowed, DOMPurify returns its <body>
  } finally {
    shell.window.close()
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

/**
 * What survives sanitizing an article: a small allow-list of text elements and a few attributes
 * (an http(s) `href` on `<a>`, a whole-number `start` on `<ol>`, `colspan` and `rowspan` on cells). DOMPurify applies it on the ordinary
 * path (html-sanitizer.ts); the large-page path reads parse5's tree through it
 * (large-html-article.ts).
 */
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

/** The href an <a> keeps, as DOMPurify with its hook in html-sanitizer.ts keeps it: http(s) only, else none. */
export function keptHref(value: string): string | null {
  const trimmed = value.trim()
  return isWebLink(trimmed) && /^https?:/i.test(trimmed.replace(ADDRESS_WHITESPACE, '')) ? trimmed : null
}

/** An <ol start> both paths keep: a whole number, else none. */
export function listStart(value: string | null | undefined): number | null {
  return value && /^\s*-?\d{1,9}\s*$/.test(value) ? Number(value) : null
}

/** A table cell's `colspan` or `rowspan` both paths keep: a whole number from 1 to 500, else none. */
export function cellSpan(value: string | null | undefined): number | null {
  if (!value || !/^\s*\d{1,3}\s*$/.test(value)) return null
  const span = Number(value)
  return span >= 1 && span <= 500 ? span : null
}

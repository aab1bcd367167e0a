/**
 * DOMPurify, for the ordinary HTML path: the article Readability extracted is sanitized to the
 * allow-list (html-allow-list.ts) — always the last step before its text and links are taken.
 */
import createDOMPurify from 'dompurify'
import { JSDOM, VirtualConsole } from 'jsdom'
import { isWebLink } from '../../shared/security/web-link'
import { ALLOWED_TAGS, cellSpan, listStart } from './html-allow-list'

/** Sanitizes article HTML with DOMPurify (in a blank inert window) and hands the body to `read`. */
export function withSanitizedArticle<T>(html: string, read: (article: HTMLElement) => T): T {
  const shell = new JSDOM('<!doctype html><body></body>', { virtualConsole: new VirtualConsole() })
  try {
    const purify = createDOMPurify(shell.window)
    // The attributes kept are a link's address, only on <a> and only when it parses as http(s),
    // a numbered list's start and a table cell's spans. The fragment is never rendered: its text and hrefs are read,
    // and hrefs are checked again when the article is built and again before the reading view
    // draws or opens them.
    purify.addHook('uponSanitizeAttribute', (node, data) => {
      if (data.attrName === 'href' && (node.nodeName !== 'A' || !isWebLink(data.attrValue)))
        data.keepAttr = false
      // A numbered list's first number, and nothing else, as a whole number.
      if (data.attrName === 'start' && (node.nodeName !== 'OL' || listStart(data.attrValue) === null))
        data.keepAttr = false
      // How many columns or rows a table cell spans, so its table's columns line up.
      if (
        (data.attrName === 'colspan' || data.attrName === 'rowspan') &&
        ((node.nodeName !== 'TD' && node.nodeName !== 'TH') || cellSpan(data.attrValue) === null)
      )
        data.keepAttr = false
    })
    const body = purify.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR: ['href', 'start', 'colspan', 'rowspan'],
      // Not addresses, so not held to ALLOWED_URI_REGEXP (the hook above checks they are numbers).
      ADD_URI_SAFE_ATTR: ['start', 'colspan', 'rowspan'],
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

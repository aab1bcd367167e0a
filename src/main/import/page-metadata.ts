/**
 * What a fetched page says about itself beyond what Readability reads: its canonical address
 * (<link rel=canonical>, else og:url) and a few common meta tags for the byline, site name and
 * publication date, used where Readability found none. Read before Readability changes the page.
 */
import { isWebLink } from '../../shared/security/web-link'
import { clean } from './clean-text'

export interface PageMetadata {
  canonicalUrl?: string
  byline?: string
  siteName?: string
  publishedAt?: string
}

const bylineTags = ['meta[name="byl"]', 'meta[name="sailthru.author"]', 'meta[name="DC.creator"]']
const siteNameTags = ['meta[name="application-name"]', 'meta[name="apple-mobile-web-app-title"]']
const publishedTags = [
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="DC.date"]',
  'meta[name="dcterms.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="sailthru.date"]',
  'time[itemprop~="datePublished"][datetime]',
  'time[pubdate][datetime]'
]

/** The first non-empty value among `selectors`: a meta tag's content, a <time>'s datetime. */
function firstValue(document: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const element = document.querySelector(selector)
    const value = clean(element?.getAttribute(element.tagName === 'TIME' ? 'datetime' : 'content'))
    if (value) return value
  }
  return undefined
}

/** An address from the page resolved against `base`; only http(s) addresses count. */
export function resolvedWebLink(href: string | null | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined
  try {
    const url = new URL(href.trim(), base).href
    return isWebLink(url) ? url : undefined
  } catch {
    return undefined
  }
}

/** The address relative links resolve against: the page's <base href>, else its own address. */
export function baseAddress(baseHref: string | null | undefined, pageUrl: string): string {
  return resolvedWebLink(baseHref, pageUrl) ?? pageUrl
}

/** `pageUrl` is where the page was fetched from; a saved file has none, and so no canonical address. */
export function pageMetadata(document: Document, pageUrl: string | null): PageMetadata {
  const base = pageUrl && baseAddress(document.querySelector('base[href]')?.getAttribute('href'), pageUrl)
  const canonicalUrl = base
    ? (resolvedWebLink(
        document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'),
        base
      ) ?? resolvedWebLink(document.querySelector('meta[property="og:url"]')?.getAttribute('content'), base))
    : undefined
  const byline = firstValue(document, bylineTags)?.replace(/^by\s+/i, '')
  const siteName = firstValue(document, siteNameTags)
  const publishedAt = firstValue(document, publishedTags)
  return {
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(byline ? { byline } : {}),
    ...(siteName ? { siteName } : {}),
    ...(publishedAt ? { publishedAt } : {})
  }
}

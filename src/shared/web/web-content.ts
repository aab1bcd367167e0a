/**
 * What a fetched body is, from its Content-Type header (and, where the server does not say, its
 * address and first bytes), and how Claimcheck reads it: as a web page, plain text, Markdown or a
 * PDF. Anything else (an image, a video, JSON…) is not an article.
 */
export type WebContentKind = 'html' | 'text' | 'markdown' | 'pdf'

export interface ContentType {
  /** Lower case, without parameters: `text/html`; empty when the server sent none. */
  mediaType: string
  /** The `charset` parameter as sent, when there is one. */
  charset?: string
}

export function parseContentType(header: string | null | undefined): ContentType {
  const [type = '', ...parameters] = (header ?? '').split(';')
  const contentType: ContentType = { mediaType: type.trim().toLowerCase() }
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter)
    if (match?.[1]) contentType.charset = match[1]
  }
  return contentType
}

const kindsByMediaType: Record<string, WebContentKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf'
}

const kindsByExtension: Record<string, WebContentKind> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  pdf: 'pdf'
}

/** Servers that do not know what they send say one of these, or nothing. */
const unlabelled = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown'])

function extensionOf(url: string): string | null {
  try {
    const match = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)
    return match?.[1]?.toLowerCase() ?? null
  } catch {
    return null
  }
}

/**
 * How to read a response, from its media type alone: null when the type is not an article, or
 * `'unknown'` when the server did not say and the body must be looked at (see `sniffContentKind`).
 */
export function contentKindOfType(mediaType: string, url: string): WebContentKind | 'unknown' | null {
  const kind = kindsByMediaType[mediaType]
  // Markdown is often served as text/plain; its address says what it is.
  if (kind === 'text') return extensionOf(url) === 'md' || extensionOf(url) === 'markdown' ? 'markdown' : kind
  if (kind) return kind
  return unlabelled.has(mediaType) ? 'unknown' : null
}

const startsWithText = (bytes: Uint8Array, text: string): boolean =>
  [...text].every((character, index) => bytes[index] === character.charCodeAt(0))

/** For an unlabelled body: its address's extension, else a PDF or HTML signature at its start. */
export function sniffContentKind(url: string, bytes: Uint8Array): WebContentKind | null {
  const byExtension = kindsByExtension[extensionOf(url) ?? '']
  if (byExtension) return byExtension
  if (startsWithText(bytes, '%PDF-')) return 'pdf'
  const start = String.fromCharCode(...bytes.subarray(0, 512))
  return /^\s*(<!doctype html|<html[\s>])/i.test(start) ? 'html' : null
}

/** The kind of thing a non-article media type is, in words: “an image”, “JSON data”. */
export function describeMediaType(mediaType: string): string {
  const [family] = mediaType.split('/')
  if (family === 'image') return 'an image'
  if (family === 'video') return 'a video'
  if (family === 'audio') return 'a sound file'
  if (family === 'font') return 'a font'
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return 'JSON data'
  if (mediaType === 'application/zip' || mediaType.endsWith('zip')) return 'a compressed archive'
  if (mediaType.endsWith('/xml') || mediaType.endsWith('+xml')) return 'XML data'
  if (mediaType === 'text/css') return 'a style sheet'
  if (mediaType.endsWith('javascript')) return 'a script'
  return mediaType ? `a “${mediaType}” file` : 'a file of unknown type'
}

export function notAnArticleMessage(url: string, mediaType: string): string {
  return `“${url}” is ${describeMediaType(mediaType)}, not an article: Claimcheck imports web pages, text, Markdown and PDF. Give the address of the page that shows it.`
}

/** The last part of an address's path, for a title when the content has none: `annual-report.pdf`. */
export function fileNameOfUrl(url: string, extension: string): string {
  try {
    const parsed = new URL(url)
    const last = decodeURIComponent(parsed.pathname.split('/').filter(Boolean).pop() ?? '')
    if (last && new RegExp(`\\.${extension}$`, 'i').test(last)) return last
    return `${last || parsed.hostname}.${extension}`
  } catch {
    return `page.${extension}`
  }
}

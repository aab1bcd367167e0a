/**
 * The Content-Security-Policy every Claimcheck window runs under, in Electron and in the browser
 * host alike: only the app's own scripts and styles, no plugins, no frames, no remote requests.
 */
const directivesAllowing = (styleHashes: readonly string[]): string[] => [
  "default-src 'none'",
  "script-src 'self'",
  ["style-src 'self'", ...styleHashes.map((hash) => `'sha256-${hash}'`)].join(' '),
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
]
const directives = directivesAllowing([])

/** Sent as an HTTP header (browser host, app protocol). */
export const contentSecurityPolicy = [...directives, "frame-ancestors 'none'"].join('; ')

/** Also baked into index.html; `frame-ancestors` only works as a header, so it is left out here. */
export const metaContentSecurityPolicy = directives.join('; ')

/**
 * The same policy that also lets in the style elements with these SHA-256 digests (base64): the
 * app's own style sheet, put inline in a page that paints its first screen before any request more.
 */
export function contentSecurityPolicyAllowingStyles(styleHashes: readonly string[]): {
  header: string
  meta: string
} {
  const allowing = directivesAllowing(styleHashes)
  return { header: [...allowing, "frame-ancestors 'none'"].join('; '), meta: allowing.join('; ') }
}

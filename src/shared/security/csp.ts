/**
 * The Content-Security-Policy every Claimcheck window runs under, in Electron and in the browser
 * host alike: only the app's own scripts and styles, no plugins, no frames, no remote requests.
 */
const directives = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
]

/** Sent as an HTTP header (browser host, app protocol). */
export const contentSecurityPolicy = [...directives, "frame-ancestors 'none'"].join('; ')

/** Also baked into index.html; `frame-ancestors` only works as a header, so it is left out here. */
export const metaContentSecurityPolicy = directives.join('; ')

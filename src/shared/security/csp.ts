/**
 * The Content-Security-Policy every Claimcheck window runs under, in Electron and in the browser
 * host alike: only the app's own scripts and styles, no plugins, no frames, no remote requests.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ')

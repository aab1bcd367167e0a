/**
 * What may go into the log file: event names, counts, codes and versions, and free text only once
 * it has been scrubbed. A log is sent to whoever helps the user, so it never carries the user's
 * work (note text, titles, quoted passages), the addresses of their documents, or credentials.
 * The app's messages quote user content in “curly quotes”, so quoted spans are dropped whole.
 */

export type LogValue = string | number | boolean | null

const MAX_TEXT = 240

const SCRUBBERS: [RegExp, string][] = [
  // Credentials first, before a URL rule could keep part of them.
  [
    /\b(authorization|proxy-authorization|cookie|set-cookie)\b\s*["']?\s*[:=]\s*["']?[^"'\n,}]*/gi,
    '$1: <redacted>'
  ],
  [/\b(bearer|basic|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 <redacted>'],
  [
    /\b(access_token|token|password|passwd|pwd|secret|api[_-]?key|client_secret|auth)\b(\s*["']?\s*[:=]\s*["']?)[^\s"'&,}]+/gi,
    '$1$2<redacted>'
  ],
  [/\b(gh[opsur]_[A-Za-z0-9]{10,}|github_pat_[A-Za-z0-9_]{10,}|xox[a-z]-[A-Za-z0-9-]{10,})/g, '<redacted>'],
  // Any address (http, https, file, couchdb…), with whatever user:password it carried.
  [/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)\]“”‘’]+/gi, '<url>'],
  [/\bwww\.[^\s"'<>)\]“”‘’]+/gi, '<url>'],
  [/\b[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}\b/gi, '<email>'],
  // Quoted user content: “…”, ‘…’ and "…" spans.
  [/“[^”]*”/g, '“…”'],
  [/‘[^’]*’/g, '‘…’'],
  [/"[^"\n]{1,}"/g, '"…"']
]

/** Free text (an error message) as it may be logged. */
export function scrubText(text: string): string {
  let scrubbed = text
  for (const [pattern, replacement] of SCRUBBERS) scrubbed = scrubbed.replace(pattern, replacement)
  scrubbed = scrubbed.replace(/\s+/g, ' ').trim()
  return scrubbed.length > MAX_TEXT ? `${scrubbed.slice(0, MAX_TEXT - 1)}…` : scrubbed
}

/** An error as it may be logged: its name, scrubbed message and the first frames of its stack. */
export function scrubError(error: unknown): Record<string, LogValue> {
  if (!(error instanceof Error)) return { error: scrubText(String(error)) }
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 6)
    .map((line) => scrubText(line))
  return {
    error: error.name,
    message: scrubText(error.message),
    ...(typeof (error as NodeJS.ErrnoException).code === 'string'
      ? { code: (error as NodeJS.ErrnoException).code as string }
      : {}),
    ...(frames.length ? { stack: frames.join(' | ') } : {})
  }
}

/** One log line: time, level, event, then each field as key=value (strings scrubbed). */
export function formatLogLine(
  at: Date,
  level: 'info' | 'warn' | 'error',
  event: string,
  fields: Record<string, LogValue> = {}
): string {
  const parts = [at.toISOString(), level.toUpperCase(), scrubText(event).replace(/\s/g, '_')]
  for (const [key, value] of Object.entries(fields)) {
    const name = key.replace(/[^A-Za-z0-9_.-]/g, '_')
    parts.push(`${name}=${typeof value === 'string' ? JSON.stringify(scrubText(value)) : String(value)}`)
  }
  return `${parts.join(' ')}\n`
}

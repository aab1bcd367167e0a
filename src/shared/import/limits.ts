/** How large an imported file may be, in bytes, and how the limit is named to the user. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
export const MAX_IMPORT_LABEL = '50 MB'

export function tooLargeMessage(fileName: string, bytes: number): string {
  const size = (bytes / (1024 * 1024)).toFixed(1)
  return `“${fileName}” is ${size} MB; Claimcheck imports files up to ${MAX_IMPORT_LABEL}. Split it into smaller files and import them one by one.`
}

/** How long a web server may keep Claimcheck waiting for an answer, or between pieces of a page. */
export const WEB_TIMEOUT_MS = 30_000
/** Redirects followed when fetching a web page; each hop is checked like the first address. */
export const MAX_WEB_REDIRECTS = 5

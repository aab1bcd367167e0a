/**
 * Web addresses Claimcheck fetches: http and https only. Used by the import dialog (which also
 * accepts an address typed without its scheme), by paste and drop (which take only a complete
 * address), and by main before it fetches anything.
 */
export type WebAddressCheck = { ok: true; url: string } | { ok: false; message: string }

const fetchableSchemes = new Set(['http:', 'https:'])
/** `example.org/news/story`: a host name with a dot, an optional port, then an optional path. */
const BARE_ADDRESS = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#]\S*)?$/i

const refusedScheme = (text: string, scheme: string): string =>
  scheme === 'file:'
    ? `“${text}” is a file on this computer, not a web address: use Import… → From a file… for it.`
    : `“${text}” is not a web address Claimcheck can fetch: it reads only http:// and https:// pages.`

/** Checks an address the user typed or pasted; answers the address to fetch, or what is wrong. */
export function checkWebAddress(input: string, { assumeHttps = false } = {}): WebAddressCheck {
  const text = input.trim()
  if (!text) {
    return { ok: false, message: 'Type or paste the address of a web page, starting with https://.' }
  }
  let url: URL
  try {
    url = new URL(assumeHttps && BARE_ADDRESS.test(text) ? `https://${text}` : text)
  } catch {
    return {
      ok: false,
      message: `“${text}” is not a web address. It should look like https://example.org/story.`
    }
  }
  if (!fetchableSchemes.has(url.protocol)) return { ok: false, message: refusedScheme(text, url.protocol) }
  if (url.username || url.password) {
    return {
      ok: false,
      message: `“${text}” carries a user name or password; Claimcheck does not send those. Remove them from the address.`
    }
  }
  return { ok: true, url: url.href }
}

/** A paste or a dropped link that is one complete http(s) address and nothing else. */
export function loneWebAddress(text: string): string | null {
  const trimmed = text.trim()
  if (!/^https?:\/\/\S+$/i.test(trimmed)) return null
  const checked = checkWebAddress(trimmed)
  return checked.ok ? checked.url : null
}

/** The first address in a `text/uri-list` (comment lines start with `#`). */
export function firstUriOfList(uriList: string): string | null {
  const line = uriList
    .split(/\r?\n/)
    .map((entry) => entry.trim())
    .find((entry) => entry && !entry.startsWith('#'))
  return line ? loneWebAddress(line) : null
}

/** The host of an address, for messages: `news.example.org`. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

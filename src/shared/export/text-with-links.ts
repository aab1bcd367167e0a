/**
 * Text a reviewer wrote (notes, tags, a source's title or description) as Markdown phrasing, its web
 * addresses kept exactly as typed. Written as plain text, `https://www.reuters.com/…` came out as
 * `https\://www\.reuters.com/…`: the GFM serializer escapes the `:` and `.` so no address links by
 * itself, and GitHub and Obsidian then showed dead text. Each address becomes a link instead —
 * `<https://…>` exactly as typed (an autolink, which markdownlint accepts and every CommonMark
 * reader links), `[www.…](https://www.…)` for an address without a scheme — and only the text
 * around it is escaped.
 */
import type { PhrasingContent } from 'mdast'

/**
 * An address as GFM recognises one (http://, https:// or www.), limited to the characters a URL
 * may hold, so nothing Markdown reads as structure (`<`, `>`, `[`, `]`, backslash, backtick,
 * spaces) ever goes out raw.
 */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+/g
/** Punctuation that ends a sentence, not an address (GFM's rule for autolink literals). */
const TRAILING = /[?!.,:;*_~'"]+$/

/** Drops trailing punctuation, and a closing parenthesis the address does not open. */
function trimAddress(candidate: string): string {
  let address = candidate.replace(TRAILING, '')
  while (address.endsWith(')')) {
    const opens = address.split('(').length - 1
    const closes = address.split(')').length - 1
    if (closes <= opens) break
    address = address.slice(0, -1).replace(TRAILING, '')
  }
  return address
}

export function textWithLinks(value: string): PhrasingContent[] {
  const parts: PhrasingContent[] = []
  let from = 0
  for (const match of value.matchAll(WEB_ADDRESS)) {
    const address = trimAddress(match[0])
    // "www." alone, or "http://" with nothing after it, is text.
    if (/^(?:https?:\/\/|www\.)$/.test(address)) continue
    if (match.index > from) parts.push({ type: 'text', value: value.slice(from, match.index) })
    const url = address.startsWith('www.') ? `https://${address}` : address
    parts.push({ type: 'link', url, children: [{ type: 'text', value: address }] })
    from = match.index + address.length
  }
  if (from < value.length) parts.push({ type: 'text', value: value.slice(from) })
  return parts
}

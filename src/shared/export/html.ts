/** Writing HTML as text, safely: every piece of data goes through `escapeHtml` before it is joined. */
import { isWebLink } from '../security/web-link'

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Text or an attribute value (always double-quoted) with nothing left that HTML would read. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => entities[character] ?? character)
}

/** A link to an http(s) address; anything else (a file name, a `javascript:` URL) is plain text. */
export function webLinkHtml(url: string, label: string): string {
  if (!isWebLink(url)) return escapeHtml(label)
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(label)}</a>`
}

/** The user's line breaks kept: blank lines part paragraphs, single newlines become `<br>`. */
export function paragraphsHtml(value: string): string {
  return value
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n')
}

/** Links written in a note, so the panel can offer them as clickable links. Only http(s). */
import { isWebLink } from '../security/web-link'

const urlPattern = /\bhttps?:\/\/[^\s<>"'`]+/gi

/** Trailing punctuation is usually the sentence's, not the link's. */
function trimTrailing(url: string): string {
  return url.replace(/[.,;:!?)\]}]+$/, '')
}

export function linksInNote(note: string): string[] {
  const found: string[] = []
  for (const match of note.matchAll(urlPattern)) {
    const url = trimTrailing(match[0])
    if (isWebLink(url) && !found.includes(url)) found.push(url)
  }
  return found
}

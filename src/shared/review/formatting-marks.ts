/**
 * The article's inline formatting (emphasis, strong, links) as text-piece marks, grouped by the
 * block they sit in, so the reading view draws them with highlights and search hits in one pass.
 * A link's key carries its address, checked again here: only http(s) links are ever drawn.
 */
import type { Block, InlineMark } from '../model'
import { isWebLink } from '../security/web-link'
import type { Mark } from './text-pieces'

/** Said on a link drawn in the article, which opens on Ctrl/⌘+click (a click selects its claim). */
export const LINK_HINT = 'Ctrl+click (⌘+click) to open'

export type Formatting = { kind: 'emphasis' } | { kind: 'strong' } | { kind: 'link'; href: string }

const PREFIX = 'i:'
const LINK = `${PREFIX}link:`

/** The mark key of an inline mark, or null for a link that is not http(s). */
export function formattingKey(mark: InlineMark): string | null {
  if (mark.kind !== 'link') return PREFIX + mark.kind
  return mark.href !== undefined && isWebLink(mark.href) ? LINK + mark.href : null
}

/** What a mark key draws, or null when the key is not formatting (a highlight, a search hit). */
export function formattingOf(key: string): Formatting | null {
  if (key === `${PREFIX}emphasis`) return { kind: 'emphasis' }
  if (key === `${PREFIX}strong`) return { kind: 'strong' }
  if (!key.startsWith(LINK)) return null
  const href = key.slice(LINK.length)
  return isWebLink(href) ? { kind: 'link', href } : null
}

/** The formatting marks of each block, in one pass over blocks and marks sorted by start. */
export function formattingByBlock(blocks: readonly Block[], inlines: readonly InlineMark[] = []): Mark[][] {
  const groups: Mark[][] = blocks.map(() => [])
  const sorted = [...inlines].sort((a, b) => a.start - b.start || b.end - a.end)
  let blockIndex = 0
  for (const mark of sorted) {
    while (blockIndex < blocks.length && (blocks[blockIndex]?.end ?? 0) <= mark.start) blockIndex++
    const key = formattingKey(mark)
    if (key) groups[blockIndex]?.push({ start: mark.start, end: mark.end, key })
  }
  return groups
}

/** The formatting over [start, end) (a claim), clipped to it, outer marks first. */
export function formattingWithin(inlines: readonly InlineMark[], start: number, end: number): Mark[] {
  const marks: Mark[] = []
  for (const mark of inlines) {
    const key = mark.start < end && mark.end > start ? formattingKey(mark) : null
    if (key) marks.push({ start: Math.max(mark.start, start), end: Math.min(mark.end, end), key })
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end)
}

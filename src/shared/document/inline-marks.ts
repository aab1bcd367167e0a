/**
 * Inline marks through block normalization. An importer records emphasis, strong and links as
 * offsets into a block's raw text; `normalizeMarked` returns the block's normalized text (exactly
 * what `normalizeInline` gives) with each mark moved onto it. Only http(s) links are kept.
 */
import type { InlineKind } from '../model'
import { isWebLink } from '../security/web-link'

/** A mark as an importer records it: offsets into the raw text of its block. */
export interface DraftMark {
  start: number
  end: number
  kind: InlineKind
  href?: string
}

/** A block's raw text as an importer builds it, with the marks recorded over it. */
export interface MarkedText {
  text: string
  marks: DraftMark[]
}

/**
 * Characters outside Basic Latin to Spacing Modifiers and General Punctuation (less the two quads,
 * which decompose): text without any is already NFC, and composing it is time spent for nothing.
 */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose
const mayChangeUnderNfc = /[^\u0000-\u02ff\u2002-\u206f]/
/** Whitespace other than single spaces: without any, collapsing changes nothing. */
const untidyWhitespace = /\s\s|[^\S ]/

/** Collapses runs of whitespace so offsets are stable whatever the source's wrapping was. */
export function normalizeInline(text: string): string {
  const composed = mayChangeUnderNfc.test(text) ? text.normalize('NFC') : text
  return (untidyWhitespace.test(composed) ? composed.replace(/\s+/g, ' ') : composed).trim()
}

const whitespace = /\s/

/** `normalizeInline` without the NFC step, and where each input offset lands in its output. */
function collapse(input: string): { text: string; position: Int32Array } {
  const position = new Int32Array(input.length + 1)
  let text = ''
  let pendingSpace = false
  for (let index = 0; index < input.length; index++) {
    const char = input[index]!
    if (whitespace.test(char)) {
      // A run of whitespace becomes one space, written only if text follows it (so, trimmed).
      position[index] = text.length
      pendingSpace = text.length > 0
      continue
    }
    if (pendingSpace) text += ' '
    pendingSpace = false
    position[index] = text.length
    text += char
  }
  position[input.length] = text.length
  return { text, position }
}

/** The link's address as a parsed absolute http(s) URL, or null: the text stays, the link goes. */
function webHref(href: string | undefined): string | null {
  return href !== undefined && isWebLink(href) ? new URL(href).href : null
}

/** Outer marks first (earlier start, then longer), so nested marks render inside their parents. */
function byPosition(a: DraftMark, b: DraftMark): number {
  return a.start - b.start || b.end - a.end
}

export function normalizeMarked(raw: string, marks: readonly DraftMark[]): MarkedText {
  const valid: DraftMark[] = []
  for (const mark of marks) {
    if (mark.start < 0 || mark.end > raw.length || mark.start >= mark.end) continue
    if (mark.kind !== 'link') valid.push({ start: mark.start, end: mark.end, kind: mark.kind })
    else {
      const href = webHref(mark.href)
      if (href) valid.push({ start: mark.start, end: mark.end, kind: 'link', href })
    }
  }
  if (valid.length === 0) return { text: normalizeInline(raw), marks: [] }
  // NFC piece by piece between mark edges, so every edge has a place in the composed text.
  const edges = [...new Set([0, raw.length, ...valid.flatMap((mark) => [mark.start, mark.end])])]
  edges.sort((a, b) => a - b)
  const composedAt = new Map<number, number>()
  let composed = ''
  for (let index = 0; index < edges.length; index++) {
    composedAt.set(edges[index]!, composed.length)
    composed += raw.slice(edges[index], edges[index + 1] ?? raw.length).normalize('NFC')
  }
  // A combining character just after a mark edge would compose across it: no place for that edge.
  if (composed.normalize('NFC') !== composed) return { text: normalizeInline(raw), marks: [] }
  const { text, position } = collapse(composed)
  const moved: DraftMark[] = []
  for (const mark of valid) {
    let start = position[composedAt.get(mark.start)!]!
    let end = position[composedAt.get(mark.end)!]!
    while (start < end && text[start] === ' ') start++
    while (end > start && text[end - 1] === ' ') end--
    if (start < end) moved.push({ ...mark, start, end })
  }
  return { text, marks: moved.sort(byPosition) }
}

/**
 * Plain-text import: the first line is the title, short lines without closing punctuation are
 * headings, blank lines separate paragraphs (lines inside a paragraph are joined).
 */
import type { ArticleDraft, BlockText } from '../document/build-article'

/** Longer than this, a line is prose even without a full stop. */
const MAX_HEADING_LENGTH = 120

/** A heading never ends like a sentence or a clause does. */
const closingPunctuation = /[.!?…:;,"”'’)\]]$/

/** "… Shift in the U.S." — a dotted acronym at the end is not closing punctuation. */
const endsWithAcronym = /(?:^|\s)(?:\p{Lu}\.){2,}$/u
/** In a title-cased line only short function words start in lower case. */
const lowerCaseWord = /(?:^|\s)(?!(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|as|from|with|vs)\s)\p{Ll}/u

export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim()
  if (trimmed.length === 0 || trimmed.length > MAX_HEADING_LENGTH) return false
  if (!closingPunctuation.test(trimmed)) return true
  return endsWithAcronym.test(trimmed) && !lowerCaseWord.test(trimmed)
}

export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

export function parsePlainText(text: string, source: string): ArticleDraft {
  const lines = normalizeNewlines(text).split('\n')
  const firstContent = lines.findIndex((line) => line.trim() !== '')
  const title = firstContent >= 0 ? (lines[firstContent] ?? '').trim() : ''
  const blocks: BlockText[] = title ? [{ type: 'title', text: title }] : []

  let paragraph: string[] = []
  const flush = (): void => {
    if (paragraph.length === 0) return
    // A chunk made only of heading-like lines is a stack of headings (e.g. a headline and deck).
    if (paragraph.every(isHeadingLine)) {
      for (const line of paragraph) blocks.push({ type: 'heading', text: line })
    } else {
      blocks.push({ type: 'paragraph', text: paragraph.join(' ') })
    }
    paragraph = []
  }
  for (const line of lines.slice(firstContent + 1)) {
    if (line.trim() === '') flush()
    else paragraph.push(line.trim())
  }
  flush()
  return { title, source, blocks }
}

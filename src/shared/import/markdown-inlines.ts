/**
 * The words of a Markdown inline run (markdown-it's inline tokens), with its emphasis, strong and
 * links recorded as marks over them. A link keeps its text and its address (reference links are
 * resolved by the parser); raw HTML and images contribute nothing. Which addresses are kept is
 * decided later (`normalizeMarked`).
 */
import type { Token } from 'markdown-it'
import type { DraftMark, MarkedText } from '../document/inline-marks'

export type InlineRun = MarkedText

/** A mark whose closing token is still to come. */
interface Open {
  kind: DraftMark['kind']
  start: number
  href?: string
}

const opening: Record<string, DraftMark['kind']> = {
  em_open: 'emphasis',
  strong_open: 'strong',
  link_open: 'link'
}

/**
 * GFM's "www." autolinks ("www.example.org/page"): a host of dotted labels and an optional path up
 * to a space or "<", not straight after a letter, digit or address character. Trailing
 * punctuation and an unbalanced ")" are left out, as GFM leaves them out.
 */
const wwwAddress = /(?<![\p{L}\p{N}_.@/:-])www\.[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*(?:[/?#][^\s<]*)?/gu
const trailingPunctuation = /[?!.,:*_~'"]+$/

const count = (text: string, char: string): number => text.split(char).length - 1

function trimAddress(address: string): string {
  let trimmed = address.replace(trailingPunctuation, '')
  while (trimmed.endsWith(')') && count(trimmed, '(') < count(trimmed, ')')) {
    trimmed = trimmed.slice(0, -1).replace(trailingPunctuation, '')
  }
  return trimmed
}

/** Appends plain words, with a link mark over each "www." address among them. */
function appendWords(run: InlineRun, words: string, inLink: boolean): void {
  const start = run.text.length
  run.text += words
  if (inLink || !words.includes('www.')) return
  for (const found of words.matchAll(wwwAddress)) {
    const address = trimAddress(found[0])
    const at = start + found.index
    run.marks.push({ start: at, end: at + address.length, kind: 'link', href: `http://${address}` })
  }
}

export function inlineRun(tokens: readonly Token[] | null): InlineRun {
  const run: InlineRun = { text: '', marks: [] }
  const open: Open[] = []
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
        appendWords(
          run,
          token.content,
          open.some((mark) => mark.kind === 'link')
        )
        break
      case 'code_inline':
        run.text += token.content
        break
      case 'softbreak':
        run.text += '\n'
        break
      case 'hardbreak':
        run.text += ' '
        break
      case 'em_open':
      case 'strong_open':
      case 'link_open': {
        const address = token.type === 'link_open' ? token.attrGet('href') : null
        const href = address === null ? undefined : String(address)
        open.push({ kind: opening[token.type]!, start: run.text.length, href })
        break
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close': {
        const mark = open.pop()
        if (!mark || run.text.length === mark.start) break
        run.marks.push({
          start: mark.start,
          end: run.text.length,
          kind: mark.kind,
          ...(mark.href !== undefined ? { href: mark.href } : {})
        })
        break
      }
      default:
        // Images, raw HTML and strikethrough's own tokens add no words (struck words are kept).
        break
    }
  }
  return run
}

/**
 * A PDF's text layer as an article: lines in reading order (pdf-lines.ts) without running
 * headers and footers (pdf-running-lines.ts), joined into headings, paragraphs and captions. Type
 * larger than the body's makes a heading; a figure's text and captions are told apart in
 * pdf-figures.ts; a paragraph ends at a wider gap between lines, a first-line indent, or a short
 * line that ends a sentence, and over a page break only when the next line clearly starts anew
 * (see `continuesOverBreak`). The title is the document's own (its metadata) when it has a real
 * one, else the largest type on the first page.
 */
import type { BlockText } from '../document/build-article'
import { joinLines, Vocabulary } from './pdf-hyphens'
import { linesOfPage, type PdfLine, type PdfPage } from './pdf-lines'
import { readFigures } from './pdf-figures'
import { withoutRunningLines } from './pdf-running-lines'

export type { PdfPage, PdfTextItem } from './pdf-lines'

export interface PdfLayout {
  /** Null when neither the metadata nor the first page offers one. */
  title: string | null
  blocks: BlockText[]
  /** Characters of text on the pages, headers and all: none means the PDF has no text layer. */
  characters: number
}

/** Type at least this much larger than the body's is a heading. */
const HEADING_SCALE = 1.15
const MAX_HEADING_LENGTH = 200
/** A gap between baselines this much wider than the body's usual one starts a paragraph. */
const PARAGRAPH_GAP = 1.4
/** A line starting this far (in ems) right of its column's edge is indented. */
const INDENT = 0.8
/** A line ending this share of its column's width short of the right edge is short. */
const SHORT_LINE = 0.2

const endsSentence = (text: string): boolean => /[.!?:…]["”’')\]]*$/.test(text)
const sameText = (a: string, b: string): boolean =>
  a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '')

/**
 * Metadata titles that are a file name, an address or a template's placeholder ("about:blank",
 * "Untitled", "Microsoft Word - x.docx") are not the document's title: the largest type on page 1
 * is. A site's name after the title ("… - Daily Ledger", "… | Daily Ledger") is dropped.
 */
function usableMetadataTitle(title: string | undefined): string | null {
  const trimmed = withoutSiteSuffix(title?.replace(/\s+/g, ' ').trim() ?? '')
  if (trimmed.length < 3 || trimmed.length > 300) return null
  if (/^(untitled|microsoft (word|powerpoint)|document\d*$|slide \d+|about:)/i.test(trimmed)) return null
  if (/^(?:https?:\/\/|www\.|file:)\S*$/i.test(trimmed)) return null
  if (/\.(docx?|pdf|pptx?|odt|rtf|tex|indd|qxp|html?)$/i.test(trimmed)) return null
  return trimmed
}

/** "Port fees rise again - Daily Ledger" → "Port fees rise again": a short capitalised tail after a dash or bar. */
function withoutSiteSuffix(title: string): string {
  const bar = /^(.{12,}?)\s+[|·]\s+[^|·]{2,40}$/.exec(title)
  if (bar?.[1]) return bar[1]
  const dash = /^(.{12,}?)\s+[-–—]\s+((?:\p{Lu}[\p{L}.&'’]*\s?){1,3})$/u.exec(title)
  return dash?.[1] && dash[1].split(' ').length >= 3 ? dash[1] : title
}

/** The median of `values`, each counted `weight` times. */
function weightedMedian(entries: Array<{ value: number; weight: number }>): number {
  const sorted = [...entries].sort((a, b) => a.value - b.value)
  const half = sorted.reduce((sum, entry) => sum + entry.weight, 0) / 2
  let seen = 0
  for (const entry of sorted) {
    seen += entry.weight
    if (seen >= half) return entry.value
  }
  return sorted.at(-1)?.value ?? 0
}

/** Where each page's columns start and end, for indents and short lines. */
interface ColumnEdges {
  left: number
  right: number
}

function columnEdges(lines: readonly PdfLine[]): Map<string, ColumnEdges> {
  const groups = new Map<string, PdfLine[]>()
  for (const line of lines) {
    const key = `${line.page}:${line.column}`
    groups.set(key, [...(groups.get(key) ?? []), line])
  }
  const edges = new Map<string, ColumnEdges>()
  for (const [key, group] of groups) {
    // Indents only move a line right; a ragged right edge is measured at its 90th percentile.
    const left = Math.min(...group.map((line) => line.x))
    const rights = group.map((line) => line.right).sort((a, b) => a - b)
    edges.set(key, { left, right: rights[Math.floor((rights.length - 1) * 0.9)] ?? left })
  }
  return edges
}

/** The first page's largest type, when it is larger than the body's: the title's lines. */
function largestFirstPageLines(lines: readonly PdfLine[], bodySize: number): PdfLine[] {
  const firstPage = lines.filter((line) => line.page === 0)
  const largest = Math.max(0, ...firstPage.map((line) => line.fontSize))
  if (largest < bodySize * HEADING_SCALE) return []
  const start = firstPage.findIndex((line) => line.fontSize === largest)
  const run: PdfLine[] = []
  for (const line of firstPage.slice(start)) {
    if (Math.abs(line.fontSize - largest) > largest * 0.05) break
    run.push(line)
  }
  return run
}

export function layoutPdf(pages: readonly PdfPage[], metadataTitle?: string): PdfLayout {
  const pageLines = pages.map((page, index) => linesOfPage(page, index))
  const characters = pageLines.flat().reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0)
  const bodySize = weightedMedian(
    pageLines.flat().map((line) => ({ value: line.fontSize, weight: line.text.length }))
  )
  const lines = withoutRunningLines(pageLines, bodySize * HEADING_SCALE).flat()
  const vocabulary = new Vocabulary()
  for (const line of lines) vocabulary.add(line.text)

  const titleLines = largestFirstPageLines(lines, bodySize)
  const largestText = titleLines.map((line) => line.text).join(' ')
  const metadata = usableMetadataTitle(metadataTitle)
  const title = metadata ?? (largestText || null)
  // The title shown on the page is not repeated as the article's first heading.
  const shownTitle = titleLines.length && (!metadata || sameText(metadata, largestText)) ? titleLines : []
  const body = lines.filter((line) => !shownTitle.includes(line))
  return { title, blocks: blocksOf(body, bodySize, vocabulary), characters }
}

/** A page or column whose text ends this many body lines above the pages' usual foot ended early. */
const ENDED_EARLY = 1.8

/** A line that opens with a capital or a figure (after any opening quote or bracket). */
const startsAnew = (text: string): boolean => /^["“‘'([]?[\p{Lu}\d]/u.test(text)

function blocksOf(all: readonly PdfLine[], bodySize: number, vocabulary: Vocabulary): BlockText[] {
  const isHeading = (line: PdfLine): boolean =>
    line.fontSize >= bodySize * HEADING_SCALE && line.text.length <= MAX_HEADING_LENGTH
  const lineStep = weightedMedian(
    all.slice(1).flatMap((line, index) => {
      const previous = all[index]!
      const sameColumn = previous.page === line.page && previous.column === line.column
      const step = previous.y - line.y
      return sameColumn && step > 0 && line.fontSize === bodySize ? [{ value: step, weight: 1 }] : []
    })
  )
  const step = lineStep || bodySize * 1.2
  const { lines, captionStarts, labels } = readFigures(all, bodySize, lineStep)
  const edges = columnEdges(lines)
  const edgeOf = (line: PdfLine): ColumnEdges => edges.get(`${line.page}:${line.column}`)!
  const indented = (line: PdfLine): boolean => line.x - edgeOf(line).left >= INDENT * line.fontSize
  const short = (line: PdfLine): boolean => {
    const { left, right } = edgeOf(line)
    return right - line.right > SHORT_LINE * (right - left)
  }
  const sameColumn = (a: PdfLine, b: PdfLine): boolean => a.page === b.page && a.column === b.column
  const bodyLines = lines.filter((line) => Math.abs(line.fontSize - bodySize) <= bodySize * 0.1)
  // Where the body's text usually ends at the foot of a page (footnotes and captions aside).
  const foot = Math.min(...bodyLines.map((line) => line.y))
  // Does the document start its paragraphs with an indent, or set them apart with space?
  let indentStarts = 0
  let gapStarts = 0
  for (let index = 1; index < bodyLines.length; index++) {
    const [previous, line] = [bodyLines[index - 1]!, bodyLines[index]!]
    if (!sameColumn(previous, line) || !endsSentence(previous.text)) continue
    if (previous.y - line.y > step * PARAGRAPH_GAP) gapStarts++
    else if (indented(line) && line.x - previous.x >= INDENT * line.fontSize) indentStarts++
  }
  const byIndent = indentStarts > gapStarts

  /**
   * Across a page or column break a paragraph goes on unless its sentence ended there and the next
   * line clearly starts another: it is indented, the last line was short, the page ended early
   * (the rest of its room went unused), or, where paragraphs are set apart by space rather than
   * indents, the next line opens with a capital.
   */
  const continuesOverBreak = (previous: PdfLine, line: PdfLine): boolean => {
    if (!endsSentence(previous.text)) return true
    if (indented(line) || short(previous)) return false
    if (previous.y - foot >= ENDED_EARLY * step) return false
    return byIndent || !startsAnew(line.text)
  }

  const continues = (previous: PdfLine, line: PdfLine): boolean => {
    if (captionStarts.has(line)) return false
    // A chart's labels make one caption, and nothing else joins it.
    if (labels.has(line) || labels.has(previous)) return labels.has(line) && labels.has(previous)
    if (isHeading(previous) !== isHeading(line)) return false
    if (Math.abs(previous.fontSize - line.fontSize) > line.fontSize * 0.1) return false
    if (isHeading(line)) return sameColumn(previous, line) && previous.y - line.y <= line.fontSize * 1.6
    if (!sameColumn(previous, line)) return continuesOverBreak(previous, line)
    const gap = previous.y - line.y
    if (gap <= 0 || gap > step * PARAGRAPH_GAP) return false
    if (indented(line) && line.x - previous.x >= INDENT * line.fontSize) return false
    return !(short(previous) && endsSentence(previous.text))
  }

  const blocks: BlockText[] = []
  let previous: PdfLine | null = null
  for (const line of lines) {
    const current = blocks.at(-1)
    if (current && previous && continues(previous, line)) {
      current.text = joinLines(current.text, line.text, vocabulary)
    } else {
      const type = captionStarts.has(line) ? 'caption' : isHeading(line) ? 'heading' : 'paragraph'
      blocks.push({ type, text: line.text })
    }
    previous = line
  }
  return blocks
}

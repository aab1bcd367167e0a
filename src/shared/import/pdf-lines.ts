/**
 * A PDF page's text layer as lines in reading order. The text layer is runs of text placed at
 * positions, with no words, lines or paragraphs: runs on one baseline make a row, a wide gap
 * splits a row (two columns, a table), and a gutter that few lines cross orders the page by
 * column — the left column's lines, then the right's, between lines that span both.
 */

/** One run of text, in PDF user space: x grows to the right, y (the baseline) grows upward. */
export interface PdfTextItem {
  str: string
  x: number
  y: number
  width: number
  height: number
  fontSize: number
  /** Set when a tagged PDF marks the run as part of a figure (a chart's labels). */
  inFigure?: boolean
}

export interface PdfPage {
  width: number
  height: number
  items: PdfTextItem[]
}

export interface PdfLine {
  text: string
  x: number
  right: number
  y: number
  fontSize: number
  /** Where the line sits: its page (from 0) and its column there (0, or 1 for the right one). */
  page: number
  column: number
  /** Every run of the line is part of a tagged figure. */
  inFigure?: boolean
}

/** Runs whose baselines are closer than this (in ems) share a row: superscripts stay on theirs. */
const ROW_TOLERANCE = 0.5
/** A gap wider than this (in ems) inside a row separates two lines, as between columns. */
const LINE_SPLIT_GAP = 1.2
/** A gap wider than this (in ems) between runs is a space. */
const WORD_GAP = 0.12
/** A page has columns only when each side holds at least this many lines… */
const MIN_COLUMN_LINES = 3
/** …and at most this share of them cross the gutter (titles, headers, footers). */
const MAX_SPANNING_SHARE = 0.25

const sizeOf = (item: PdfTextItem): number => item.fontSize || item.height || 1

export function linesOfPage(page: PdfPage, pageIndex: number): PdfLine[] {
  const items = page.items.filter((item) => item.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: PdfTextItem[][] = []
  let rowY = Number.NaN
  let rowSize = 0
  for (const item of items) {
    const row = rows.at(-1)
    if (row && Math.abs(item.y - rowY) <= ROW_TOLERANCE * Math.max(sizeOf(item), rowSize)) {
      row.push(item)
      // The row's baseline is its largest type's, not a superscript's.
      if (sizeOf(item) > rowSize) [rowY, rowSize] = [item.y, sizeOf(item)]
    } else {
      rows.push([item])
      ;[rowY, rowSize] = [item.y, sizeOf(item)]
    }
  }
  const lines = rows.flatMap((row) => splitRow(row).map((runs) => lineOf(runs, pageIndex)))
  return inColumnOrder(lines)
}

function splitRow(row: PdfTextItem[]): PdfTextItem[][] {
  const sorted = [...row].sort((a, b) => a.x - b.x)
  const parts: PdfTextItem[][] = []
  let end = Number.NEGATIVE_INFINITY
  for (const item of sorted) {
    const part = parts.at(-1)
    if (part && item.x - end <= LINE_SPLIT_GAP * sizeOf(item)) part.push(item)
    else parts.push([item])
    end = Math.max(end, item.x + item.width)
  }
  return parts
}

function lineOf(runs: PdfTextItem[], page: number): PdfLine {
  let text = ''
  let end = Number.NEGATIVE_INFINITY
  const characters = new Map<number, number>()
  for (const run of runs) {
    const spaced = run.x - end > WORD_GAP * sizeOf(run) && !/\s$/.test(text) && !/^\s/.test(run.str)
    text += (text && spaced ? ' ' : '') + run.str
    end = Math.max(end, run.x + run.width)
    const size = Math.round(sizeOf(run) * 10) / 10
    characters.set(size, (characters.get(size) ?? 0) + run.str.length)
  }
  // The line's size is the one most of its characters have: a footnote mark does not shrink it.
  const [fontSize] = [...characters].reduce((most, entry) => (entry[1] > most[1] ? entry : most))
  const baseline = runs.reduce((main, run) => (sizeOf(run) > sizeOf(main) ? run : main))
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    x: runs[0]!.x,
    right: end,
    y: baseline.y,
    fontSize,
    page,
    column: 0,
    ...(runs.every((run) => run.inFigure) ? { inFigure: true } : {})
  }
}

/** The x of a vertical gutter that divides the page's lines into two columns, if there is one. */
export function findGutter(lines: readonly PdfLine[]): number | null {
  if (lines.length < MIN_COLUMN_LINES * 2) return null
  const left = Math.min(...lines.map((line) => line.x))
  const right = Math.max(...lines.map((line) => line.right))
  let best = { x: left, crossing: Number.POSITIVE_INFINITY, leftCount: 0, rightCount: 0 }
  let runEnd = left
  // Only the middle half of the text's width: a ragged margin is not a gutter.
  for (let x = left + (right - left) / 4; x <= left + ((right - left) * 3) / 4; x += 1) {
    let crossing = 0
    let leftCount = 0
    let rightCount = 0
    for (const line of lines) {
      if (line.right <= x) leftCount++
      else if (line.x >= x) rightCount++
      else crossing++
    }
    if (crossing < best.crossing) best = { x, crossing, leftCount, rightCount }
    if (crossing === best.crossing && leftCount === best.leftCount && rightCount === best.rightCount)
      runEnd = x
  }
  if (Math.min(best.leftCount, best.rightCount) < MIN_COLUMN_LINES) return null
  // The middle of the empty stretch, whatever side of it the lines' ends happen to fall.
  return best.crossing / lines.length <= MAX_SPANNING_SHARE ? (best.x + runEnd) / 2 : null
}

/** Lines top to bottom; on a two-column page, each band between spanning lines column by column. */
function inColumnOrder(lines: PdfLine[]): PdfLine[] {
  const gutter = findGutter(lines)
  if (gutter === null) return lines
  const ordered: PdfLine[] = []
  let leftColumn: PdfLine[] = []
  let rightColumn: PdfLine[] = []
  const closeBand = (): void => {
    ordered.push(...leftColumn, ...rightColumn)
    leftColumn = []
    rightColumn = []
  }
  for (const line of lines) {
    if (line.right <= gutter) leftColumn.push(line)
    else if (line.x >= gutter) rightColumn.push({ ...line, column: 1 })
    else {
      closeBand()
      ordered.push(line)
    }
  }
  closeBand()
  return ordered
}

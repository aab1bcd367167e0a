/**
 * What a PDF's figures leave in its text layer. A picture leaves no text, only room; a chart drawn
 * as vector art leaves its labels ("0", "10", "North", "2023"), scattered in small type; and a
 * caption is set in smaller type than the body, under (or beside) the picture. None of them is a
 * paragraph of the article:
 * - text a tagged PDF marks as part of a `/Figure` is the figure's own (a chart's labels) and is
 *   left out;
 * - two or more short lines in small type in a row, none ending a sentence, are a chart's labels:
 *   kept as a caption (never claims), so no words go missing;
 * - a line in small type starts a caption when it follows a figure: after the room a picture
 *   takes (a gap of several body lines, or the top of a page lower than its text starts), after
 *   a chart's labels, or when it opens with a caption's label ("Figure 3", "Photo:", "Source:").
 *   A line that opens with a footnote's number or mark is a footnote, not a caption.
 */
import type { PdfLine } from './pdf-lines'

/** Type at most this share of the body's is small type. */
const SMALL_TYPE = 0.92
/** Room of at least this many body lines above a line, with no text in it, is a figure's. */
const FIGURE_ROOM = 3.5
/** A chart's label: a few words at most, and short. */
const MAX_LABEL_WORDS = 4
const MAX_LABEL_LENGTH = 32

const captionLabel =
  /^(?:figure|fig\.|photo(?:graph)?|image|picture|chart|graph|map|illustration|exhibit|source|credit)s?\b/i
const footnoteMark = /^(?:\d{1,3}[\s.)]|[*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰])/
const endsSentence = /[.!?…]["”’')\]]*$/

export interface FigureReading {
  /** The lines that remain for paragraphs and headings (a tagged figure's own text is gone). */
  lines: PdfLine[]
  /** Lines that start a caption block (a caption's first line, or a run of a chart's labels). */
  captionStarts: Set<PdfLine>
  /** Lines of a chart's labels: they join one another into one caption, whatever their places. */
  labels: Set<PdfLine>
}

export function readFigures(all: readonly PdfLine[], bodySize: number, lineStep: number): FigureReading {
  const small = (line: PdfLine): boolean => line.fontSize <= bodySize * SMALL_TYPE
  const isLabel = (line: PdfLine): boolean =>
    small(line) &&
    !line.inFigure &&
    line.text.length <= MAX_LABEL_LENGTH &&
    line.text.split(' ').length <= MAX_LABEL_WORDS &&
    !endsSentence.test(line.text)
  const step = lineStep || bodySize * 1.2
  // Where text usually starts at the top of a page: the highest line of any page.
  const textTop = Math.max(...all.map((line) => line.y))

  const labels = new Set<PdfLine>()
  for (let index = 0; index < all.length; index++) {
    if (!isLabel(all[index]!)) continue
    let end = index
    while (end + 1 < all.length && isLabel(all[end + 1]!)) end++
    if (end > index) for (let label = index; label <= end; label++) labels.add(all[label]!)
    index = end
  }

  const lines: PdfLine[] = []
  const captionStarts = new Set<PdfLine>()
  let previous: PdfLine | null = null
  let afterFigure = false
  for (const line of all) {
    if (line.inFigure) {
      afterFigure = true
      continue
    }
    if (labels.has(line)) {
      if (!previous || !labels.has(previous)) captionStarts.add(line)
    } else if (small(line) && !footnoteMark.test(line.text)) {
      const above =
        previous && previous.page === line.page && previous.column === line.column ? previous : null
      const room = above ? above.y - line.y : textTop + step - line.y
      const figureAbove = afterFigure || room >= FIGURE_ROOM * step
      // A label opens a caption, not a line in the middle of a paragraph of small type.
      const labelled = captionLabel.test(line.text) && (!above || !small(above) || labels.has(above))
      if (figureAbove || labelled) captionStarts.add(line)
    }
    afterFigure = labels.has(line)
    lines.push(line)
    previous = line
  }
  return { lines, captionStarts, labels }
}

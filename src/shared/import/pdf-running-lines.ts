/**
 * Running headers, footers and page numbers: lines at a page's top or bottom edge that are
 * furniture, not article. A line is dropped when the same words (numbers aside, so "Page 3 of
 * 40" matches "Page 4 of 40") sit at the same edge of several pages, or when it is a lone page
 * number at an edge.
 */
import type { PdfLine } from './pdf-lines'

/** How many rows from the top and from the bottom of a page can hold headers and footers. */
const EDGE_ROWS = 2

const arabicPageNumber = /^[-–—\s]*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?[-–—\s]*$/i
/** Front matter is numbered i, ii, iii…: only a well-formed lower-case numeral, so "civil" is not one. */
const romanPageNumber = /^[-–—\s]*(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})[-–—\s]*$/

const isPageNumber = (text: string): boolean => arabicPageNumber.test(text) || romanPageNumber.test(text)

const furnitureKey = (line: PdfLine): string =>
  line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()

function edgeLines(page: readonly PdfLine[]): { top: PdfLine[]; bottom: PdfLine[] } {
  const rows = [...new Set(page.map((line) => line.y))].sort((a, b) => b - a)
  const top = new Set(rows.slice(0, EDGE_ROWS))
  const bottom = new Set(rows.slice(-EDGE_ROWS))
  return {
    top: page.filter((line) => top.has(line.y)),
    bottom: page.filter((line) => bottom.has(line.y))
  }
}

/** The pages' lines without their running headers, footers and page numbers. */
export function withoutRunningLines(pages: readonly PdfLine[][], headingSize: number): PdfLine[][] {
  // A header repeats on every page of a short document; on a long one, three pages will do.
  const minPages = Math.min(3, Math.max(2, pages.length))
  const edges = pages.map(edgeLines)
  const pagesWith = new Map<string, number>()
  for (const { top, bottom } of edges) {
    const keys = new Set([
      ...top.map((line) => `top:${furnitureKey(line)}`),
      ...bottom.map((line) => `bottom:${furnitureKey(line)}`)
    ])
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1)
  }
  return pages.map((page, index) => {
    const { top, bottom } = edges[index]!
    const furniture = new Set<PdfLine>()
    for (const [edge, lines] of [
      ['top', top],
      ['bottom', bottom]
    ] as const) {
      for (const line of lines) {
        const repeats =
          line.fontSize < headingSize && (pagesWith.get(`${edge}:${furnitureKey(line)}`) ?? 0) >= minPages
        if (repeats || isPageNumber(line.text)) furniture.add(line)
      }
    }
    return page.filter((line) => !furniture.has(line))
  })
}

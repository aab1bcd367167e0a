/**
 * A table's rows placed on its grid: a cell spanning columns or rows (its kept `colspan` and
 * `rowspan`) is followed by, or leaves below it, empty places, so every column lines up. A heading
 * that spans down into the header row ("Ward" beside two rows of column groups) names its column
 * there.
 */
import { MAX_TABLE_COLUMNS } from '../../shared/document/block-limits'
import type { ArticleTree } from './html-article-tree'

/** A place on the grid: a cell, or an empty place (`null`) a cell before or above it spans. */
export interface GridPlace<N> {
  cell: N | null
  heading: boolean
  /** The place of the cell above that spans down over this one. */
  spannedFrom?: GridPlace<N>
}

const cellTags: ReadonlySet<string> = new Set(['TD', 'TH'])

/** The rows' places, row by row; `headerRow` is the index of the row that names the columns, or -1. */
export function tableGrid<N>(tree: ArticleTree<N>, rows: readonly N[], headerRow: number): GridPlace<N>[][] {
  const below: { rows: number; origin: GridPlace<N> }[] = []
  const grid = rows.map((row) => {
    const placed: GridPlace<N>[] = []
    const fillFromAbove = (): void => {
      for (let above = below[placed.length]; above && above.rows > 0; above = below[placed.length]) {
        above.rows--
        placed.push({ cell: null, heading: above.origin.heading, spannedFrom: above.origin })
      }
    }
    const cells = tree
      .childrenOf(row)
      .filter((child) => tree.textOf(child) === null && cellTags.has(tree.tagOf(child)))
    for (const cell of cells) {
      fillFromAbove()
      const heading = tree.tagOf(cell) === 'TH'
      const columns = Math.min(tree.spanOf(cell, 'colspan') ?? 1, MAX_TABLE_COLUMNS)
      const spansDown = (tree.spanOf(cell, 'rowspan') ?? 1) - 1
      for (let column = 0; column < columns; column++) {
        const place: GridPlace<N> = { cell: column === 0 ? cell : null, heading }
        if (spansDown > 0) below[placed.length] = { rows: spansDown, origin: place }
        placed.push(place)
      }
    }
    fillFromAbove()
    return placed
  })
  const header = grid[headerRow] ?? []
  header.forEach((place, column) => {
    const origin = place.spannedFrom
    if (!origin || origin.cell === null) return
    header[column] = { cell: origin.cell, heading: true }
    origin.cell = null
  })
  return grid
}

/**
 * Highlights and search hits grouped by the block they fall in, so the reading view hands each
 * block only its own marks and redraws only the blocks whose marks changed. A mark is in every
 * block it overlaps (as `marksWithin` sees overlap). Grouping again keeps a block's previous list when its marks are the
 * same, so a memoized block sees the very same array.
 */
import type { Block } from '../model'
import type { Mark } from './text-pieces'

const noMarks: readonly Mark[] = Object.freeze([])

/** The index of the first block that ends after `offset` (blocks are sorted and do not overlap). */
function firstBlockEndingAfter(blocks: readonly Block[], offset: number): number {
  let low = 0
  let high = blocks.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((blocks[middle]?.end ?? 0) > offset) high = middle
    else low = middle + 1
  }
  return low
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) {
    const x = a[index]!
    const y = b[index]!
    if (x.key !== y.key || x.start !== y.start || x.end !== y.end) return false
  }
  return true
}

/**
 * Each block's marks, in the order given. `previous` (an earlier answer for the same blocks) lends
 * its arrays to blocks whose marks did not change. Costs O(marks × log blocks), plus one pass over
 * the blocks.
 */
export function marksByBlock(
  blocks: readonly Block[],
  marks: readonly Mark[],
  previous?: readonly (readonly Mark[])[]
): (readonly Mark[])[] {
  const groups: (readonly Mark[])[] = new Array<readonly Mark[]>(blocks.length).fill(noMarks)
  const touched = new Set<number>()
  for (const mark of marks) {
    for (
      let index = firstBlockEndingAfter(blocks, mark.start);
      index < blocks.length && (blocks[index]?.start ?? 0) < mark.end;
      index++
    ) {
      if (!touched.has(index)) {
        touched.add(index)
        groups[index] = []
      }
      ;(groups[index] as Mark[]).push(mark)
    }
  }
  if (!previous || previous.length !== blocks.length) return groups
  for (let index = 0; index < blocks.length; index++) {
    const before = previous[index]
    if (before && sameMarks(before, groups[index]!)) groups[index] = before
  }
  return groups
}

/** The last grouping over each blocks array, whose arrays the next grouping lends. */
const lastGrouping = new WeakMap<readonly Block[], (readonly Mark[])[]>()

/** `marksByBlock`, keeping each block's array from the last grouping over the same blocks. */
export function marksByBlockKeeping(blocks: readonly Block[], marks: readonly Mark[]): (readonly Mark[])[] {
  const groups = marksByBlock(blocks, marks, lastGrouping.get(blocks))
  lastGrouping.set(blocks, groups)
  return groups
}

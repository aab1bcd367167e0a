/**
 * When a document is long enough that the reading view draws only the blocks near the viewport
 * (renderer VirtualBlocks). Below these sizes every block is rendered: simpler, and the browser's
 * own find works. The host's first screen is left out for such a document, since the virtualizer
 * places its blocks itself.
 */
import type { StoredDocument } from '../model'

const VIRTUALIZE_FROM_BLOCKS = 400
const VIRTUALIZE_FROM_CHARACTERS = 200_000

export function shouldVirtualize(document: Pick<StoredDocument, 'blocks' | 'text'>): boolean {
  return (
    document.blocks.length >= VIRTUALIZE_FROM_BLOCKS || document.text.length >= VIRTUALIZE_FROM_CHARACTERS
  )
}

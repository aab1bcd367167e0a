/**
 * Long articles render only the blocks near the viewport (TanStack Virtual over the reading pane),
 * so a million-word document opens at once and scrolls smoothly. Each block sits in a wrapper that
 * contains its margins, measured as it renders.
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject
} from 'react'
import type { Block } from '../../../shared/model'
import { shouldVirtualize } from '../../../shared/document/long-document'
import type { Reveal } from './reveal'

export { shouldVirtualize }

/** A first guess at a block's height before it is measured: ~75 characters a line. */
function estimateHeight(block: Block | undefined): number {
  if (!block) return 40
  if (block.table) return (block.table.rows.length + 1) * 34 + (block.table.caption ? 48 : 0) + 40
  const lines = Math.ceil((block.end - block.start) / 75)
  return block.type === 'paragraph' || block.type === 'list-item' ? lines * 32 + 20 : lines * 40 + 40
}

interface VirtualBlocksProps {
  blocks: Block[]
  renderBlock: (index: number) => ReactNode
  revealRef: RefObject<Reveal | null>
}

export function VirtualBlocks({ blocks, renderBlock, revealRef }: VirtualBlocksProps) {
  const listRef = useRef<HTMLDivElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  // The virtualizer asks again for every block below the one just measured: answer from an array.
  const estimates = useMemo(() => blocks.map(estimateHeight), [blocks])
  // eslint-disable-next-line react-hooks/incompatible-library -- this app does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => listRef.current?.closest<HTMLElement>('.reading-pane') ?? null,
    estimateSize: (index) => estimates[index] ?? 40,
    overscan: 8,
    scrollMargin,
    // Positions and the total height go straight to the DOM; React renders when the range changes.
    directDomUpdates: true,
    directDomUpdatesMode: 'position'
  })

  const listAndContainerRef = useCallback(
    (node: HTMLDivElement | null) => {
      listRef.current = node
      virtualizer.containerRef(node)
    },
    [virtualizer]
  )

  useLayoutEffect(() => {
    const list = listRef.current
    const pane = list?.closest<HTMLElement>('.reading-pane')
    if (!list || !pane) return
    setScrollMargin(list.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop)
  }, [])

  useLayoutEffect(() => {
    const reveal: Reveal = (offset) => {
      let low = 0
      let high = blocks.length - 1
      while (low < high) {
        const middle = (low + high) >> 1
        if ((blocks[middle]?.end ?? 0) < offset) low = middle + 1
        else high = middle
      }
      virtualizer.scrollToIndex(low, { align: 'center' })
    }
    revealRef.current = reveal
    return () => {
      if (revealRef.current === reveal) revealRef.current = null
    }
  }, [blocks, virtualizer, revealRef])

  // Each block is placed on its own: a block already on screen never moves as others come and go,
  // so the browser repaints only the blocks that are new (moving one shared window repainted all).
  // The virtualizer writes each block's top and the list's height itself: a block measured as it
  // arrives moves those below it without a React render, which came once per measured block.
  return (
    <div ref={listAndContainerRef} className="virtual-blocks">
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className="virtual-block"
        >
          {renderBlock(item.index)}
        </div>
      ))}
    </div>
  )
}

/**
 * The library's list of documents. A large library renders only the rows near the viewport
 * (TanStack Virtual over the library's scrolling pane, as the reading view does for blocks), so a
 * library of 10,000 documents opens about as fast as one of 1,000: every row built at once was most
 * of the page's work. Each row is measured as it renders (its versions can open below it).
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useLayoutEffect, useState, type ReactNode, type RefObject } from 'react'
import type { LibraryEntry } from '../../../shared/model'

/** Below this many rows every row is rendered: simpler, and the browser's own find works. */
const VIRTUALIZE_FROM_ROWS = 100
/** A row's usual height (one title line, one line of details) before it is measured. */
const ROW_ESTIMATE_PX = 73

/** What a row needs to sit in the list: its place, for focus and for assistive technology. */
export interface RowPlacement {
  index: number
  setSize: number
  /** Set on a virtualized row: measures it and places it. */
  measure?: (node: HTMLElement | null) => void
  top?: number
}

interface LibraryListProps {
  shown: readonly LibraryEntry[]
  listRef: RefObject<HTMLUListElement | null>
  renderRow: (entry: LibraryEntry, placement: RowPlacement) => ReactNode
}

export function LibraryList({ shown, listRef, renderRow }: LibraryListProps) {
  if (shown.length < VIRTUALIZE_FROM_ROWS)
    return (
      <ul ref={listRef} className="library-list" aria-label="Documents">
        {shown.map((entry, index) => renderRow(entry, { index, setSize: shown.length }))}
      </ul>
    )
  return <VirtualLibraryList shown={shown} listRef={listRef} renderRow={renderRow} />
}

function VirtualLibraryList({ shown, listRef, renderRow }: LibraryListProps) {
  const [scrollMargin, setScrollMargin] = useState(0)
  const keyOf = useCallback((index: number) => shown[index]?.id ?? index, [shown])
  // eslint-disable-next-line react-hooks/incompatible-library -- this app does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => listRef.current?.closest<HTMLElement>('.app-main') ?? null,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: keyOf,
    overscan: 6,
    scrollMargin
  })

  // Where the list starts in the pane moves with what stands above it (an undo or a message), so it
  // is read after every render; it settles at once (set only when it moved).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose, after every render
  useLayoutEffect(() => {
    const list = listRef.current
    const pane = list?.closest<HTMLElement>('.app-main')
    if (!list || !pane) return
    const margin = list.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop
    if (Math.abs(margin - scrollMargin) > 0.5) setScrollMargin(margin)
  })

  return (
    <ul
      ref={listRef}
      className="library-list library-list--virtual"
      aria-label="Documents"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const entry = shown[item.index]
        if (!entry) return null
        return renderRow(entry, {
          index: item.index,
          setSize: shown.length,
          measure: virtualizer.measureElement,
          top: item.start - scrollMargin
        })
      })}
    </ul>
  )
}

/**
 * The bar above the article: search, undo and redo, the legend of the article's marks, reading
 * settings and the shortcut list.
 */
import { useId, useState, type ReactNode } from 'react'
import type { Undoable } from '../document/use-undo'
import { MarksLegend } from './MarksLegend'

interface ReadingToolbarProps {
  undoable: Pick<Undoable, 'canUndo' | 'canRedo'>
  onUndo: () => void
  onRedo: () => void
  searchOpen: boolean
  onSearch: () => void
  onHelp: () => void
  children?: ReactNode
}

export function ReadingToolbar(props: ReadingToolbarProps) {
  const { undoable, searchOpen, onSearch, onHelp, children } = props
  const [legendOpen, setLegendOpen] = useState(false)
  const legendId = useId()
  return (
    <>
      <div className="reading-toolbar" role="toolbar" aria-label="Reading tools">
        <button
          type="button"
          className="button button--small"
          aria-pressed={searchOpen}
          aria-keyshortcuts="/"
          onClick={onSearch}
        >
          Search <kbd aria-hidden="true">/</kbd>
        </button>
        <button
          type="button"
          className="button button--small"
          aria-keyshortcuts="Control+Z"
          disabled={!undoable.canUndo}
          onClick={props.onUndo}
        >
          Undo
        </button>
        <button
          type="button"
          className="button button--small"
          aria-keyshortcuts="Control+Shift+Z"
          disabled={!undoable.canRedo}
          onClick={props.onRedo}
        >
          Redo
        </button>
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="button button--small"
          aria-expanded={legendOpen}
          aria-controls={legendId}
          onClick={() => setLegendOpen((open) => !open)}
        >
          Legend
        </button>
        {children}
        <button type="button" className="button button--small" aria-keyshortcuts="?" onClick={onHelp}>
          Shortcuts <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
      <MarksLegend id={legendId} hidden={!legendOpen} />
    </>
  )
}

/** The bar above the article: search, undo and redo, reading settings and the shortcut list. */
import type { ReactNode } from 'react'
import type { Undoable } from '../document/use-undo'

interface ReadingToolbarProps {
  undoable: Undoable
  searchOpen: boolean
  onSearch: () => void
  onHelp: () => void
  children?: ReactNode
}

export function ReadingToolbar({ undoable, searchOpen, onSearch, onHelp, children }: ReadingToolbarProps) {
  return (
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
        onClick={() => undoable.undo()}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button--small"
        aria-keyshortcuts="Control+Shift+Z"
        disabled={!undoable.canRedo}
        onClick={() => undoable.redo()}
      >
        Redo
      </button>
      <span className="toolbar-spacer" />
      {children}
      <button type="button" className="button button--small" aria-keyshortcuts="?" onClick={onHelp}>
        Shortcuts <kbd aria-hidden="true">?</kbd>
      </button>
    </div>
  )
}

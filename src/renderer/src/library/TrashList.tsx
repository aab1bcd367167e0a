/** Deleted documents, kept until the trash is emptied: each can be restored. */
import { useState } from 'react'
import type { TrashedEntry } from '../../../shared/model'
import { formatDate } from './format-date'

interface TrashListProps {
  trash: TrashedEntry[]
  onRestore: (id: string) => void
  onEmpty: () => void
}

export function TrashList({ trash, onRestore, onEmpty }: TrashListProps) {
  const [confirming, setConfirming] = useState(false)
  if (trash.length === 0) return null
  return (
    <section className="library-trash" aria-label="Trash">
      <div className="library-trash-header">
        <h2>Trash ({trash.length})</h2>
        {confirming ? (
          <span className="library-confirm" role="group" aria-label="Confirm emptying the trash">
            Delete {trash.length === 1 ? 'this document' : `these ${trash.length} documents`} for good?
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                setConfirming(false)
                onEmpty()
              }}
            >
              Delete for good
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Empty trash
          </button>
        )}
      </div>
      <ul className="library-list">
        {trash.map((entry) => (
          <li key={entry.id} className="library-row" aria-label={entry.title}>
            <div className="library-row-main">
              <span className="library-trashed-title">{entry.title}</span>
              <span className="library-meta">
                {entry.source} · deleted {formatDate(entry.trashedAt)}
              </span>
            </div>
            <div className="library-actions">
              <button
                type="button"
                className="button"
                onClick={() => onRestore(entry.id)}
                aria-label={`Restore ${entry.title}`}
              >
                Restore
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * Annotations a new version of the document had no place for. Each is listed with its quote,
 * status and note, and can be re-attached to the selected text or claim, or deleted. Both are
 * annotation changes like any other: shown at once, saved in order, undone with Ctrl/⌘+Z.
 */
import { useState } from 'react'
import type { Orphan } from '../../../shared/model'
import { statusLabel } from '../../../shared/status'

interface OrphanTrayProps {
  orphans: readonly Orphan[]
  onReattach: (orphan: Orphan) => void
  onDelete: (orphan: Orphan) => void
}

function describe(orphan: Orphan): { kind: string; quote: string; note: string; status: string | null } {
  const { annotation } = orphan
  if (annotation.kind === 'highlight') {
    const { target, note } = annotation.highlight
    return { kind: 'Highlight', quote: target.quote.exact, note, status: null }
  }
  const { target, note, status } = annotation.review
  return {
    kind: 'Claim review',
    quote: target.quote.exact,
    note,
    status: status ? statusLabel[status] : null
  }
}

export function OrphanTray({ orphans, onReattach, onDelete }: OrphanTrayProps) {
  const [open, setOpen] = useState(false)
  if (orphans.length === 0) return null

  return (
    <section className="orphans" aria-label="Orphaned annotations">
      <div className="orphans-header">
        <span>
          {orphans.length === 1
            ? '1 annotation lost its place in this version.'
            : `${orphans.length} annotations lost their place in this version.`}
        </span>
        <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <ul className="orphans-list">
          {orphans.map((orphan) => {
            const { kind, quote, note, status } = describe(orphan)
            return (
              <li key={orphan.id} className="orphan" aria-label={`${kind}: ${quote}`}>
                <blockquote className="orphan-quote">{quote}</blockquote>
                <p className="orphan-meta">
                  {kind}
                  {status ? ` · ${status}` : ''}
                  {note ? ` · Note: ${note}` : ''}
                </p>
                <div className="orphan-actions">
                  <button
                    type="button"
                    className="button"
                    // Keeps the reader's text selection: it is what the orphan is attached to.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => onReattach(orphan)}
                  >
                    Re-attach to selection
                  </button>
                  <button type="button" className="button" onClick={() => onDelete(orphan)}>
                    Delete
                  </button>
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/**
 * Annotations a new version of the document had no place for. Each is listed with its quote,
 * status and note, and can be re-attached to selected text (or the selected claim) or deleted.
 */
import { useState } from 'react'
import type { Orphan, StoredDocument } from '../../../shared/model'
import { statusLabel } from '../../../shared/status'
import { api } from '../api'
import { selectedSpan } from './selected-span'

interface OrphanTrayProps {
  document: StoredDocument
  onChanged: () => void
  onError: (message: string) => void
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

export function OrphanTray({ document, onChanged, onError }: OrphanTrayProps) {
  const [open, setOpen] = useState(false)
  const orphans = document.orphans ?? []
  if (orphans.length === 0) return null

  const reattach = async (orphan: Orphan): Promise<void> => {
    const target =
      orphan.annotation.kind === 'claim'
        ? orphan.annotation.review.target
        : orphan.annotation.highlight.target
    const span = selectedSpan(document, target.position.start)
    if (!span)
      return onError(
        'Select the text or the claim to attach it to in the article first, then choose Re-attach.'
      )
    const result = await api.reattachOrphan({ documentId: document.id, orphanId: orphan.id, ...span })
    if (result.ok) onChanged()
    else onError(result.error.message)
  }
  const remove = async (orphan: Orphan): Promise<void> => {
    const result = await api.deleteOrphan({ documentId: document.id, orphanId: orphan.id })
    if (result.ok) onChanged()
    else onError(result.error.message)
  }

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
                    onClick={() => void reattach(orphan)}
                  >
                    Re-attach to selection
                  </button>
                  <button type="button" className="button" onClick={() => void remove(orphan)}>
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

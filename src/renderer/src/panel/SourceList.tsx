/**
 * The sources attached to a claim: each a link with what it shows, its quoted passage, the day it
 * was read and its archived copy, and buttons to edit it in place or remove it.
 */
import { useState } from 'react'
import type { Source } from '../../../shared/model'
import { ExternalLink } from '../components/ExternalLink'
import { SourceForm, type SourceDraft } from './SourceForm'

interface SourceListProps {
  sources: Source[]
  onEdit: (source: Source) => void
  onRemove: (sourceId: string) => void
}

/** A day as the reader's locale writes it; the stored YYYY-MM-DD is read as that calendar day. */
function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year ?? 0, (month ?? 1) - 1, date ?? 1).toLocaleDateString(undefined, {
    dateStyle: 'medium'
  })
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

export function SourceList({ sources, onEdit, onRemove }: SourceListProps) {
  const [editingId, setEditingId] = useState<string | null>(null)
  if (sources.length === 0) return <p className="panel-empty">No sources yet.</p>
  return (
    <ul className="source-list">
      {sources.map((source) => {
        const label = source.title || source.url
        if (source.id === editingId) {
          return (
            <li key={source.id} className="source-item source-item--editing">
              <SourceForm
                editing={source}
                onSubmit={(draft: SourceDraft) => {
                  onEdit({ id: source.id, ...draft })
                  setEditingId(null)
                }}
                onClose={() => setEditingId(null)}
              />
            </li>
          )
        }
        return (
          <li key={source.id} className="source-item">
            <ExternalLink className="source-link" href={source.url}>
              {label}
            </ExternalLink>
            {source.title && <span className="source-url">{hostOf(source.url)}</span>}
            {source.shows && <p className="source-shows">{source.shows}</p>}
            {source.quote && <blockquote className="source-quote">{source.quote}</blockquote>}
            {(source.accessedOn || source.archiveUrl) && (
              <p className="source-provenance">
                {source.accessedOn && (
                  <span>
                    Accessed <time dateTime={source.accessedOn}>{formatDay(source.accessedOn)}</time>
                  </span>
                )}
                {source.archiveUrl && (
                  <ExternalLink className="source-archive" href={source.archiveUrl}>
                    Archived copy
                  </ExternalLink>
                )}
              </p>
            )}
            <div className="source-actions">
              <button
                type="button"
                className="icon-button"
                aria-label={`Edit source ${label}`}
                title="Edit"
                onClick={() => setEditingId(source.id)}
              >
                ✎
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove source ${label}`}
                title="Remove"
                onClick={() => onRemove(source.id)}
              >
                ×
              </button>
            </div>
          </li>
        )
      })}
    </ul>
  )
}

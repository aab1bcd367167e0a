/**
 * One document in the library: open it, see its progress, rename it in place, restore an earlier
 * version, or delete it.
 */
import { useState } from 'react'
import { reviewProgress } from '../../../shared/annotations/counts'
import type { LibraryHit } from '../../../shared/library/library-search'
import type { LibraryEntry } from '../../../shared/model'
import { formatDate } from './format-date'
import type { RowPlacement } from './LibraryList'
import { VerdictMix } from './VerdictMix'
import { VersionList } from './VersionList'
import { DeskBadge, ShareWithDesk } from '../desk/ShareWithDesk'

interface LibraryRowProps {
  entry: LibraryEntry
  /** Where the library search found its query inside the document, if it did. */
  hit?: LibraryHit | undefined
  current: boolean
  placement: RowPlacement
  onOpen: (id: string) => void
  onRename: (id: string, title: string) => Promise<boolean>
  onDelete: (entry: LibraryEntry) => void
  onRestored: (message: string) => Promise<void>
  onError: (message: string) => void
  /** Shared with the desk: the library is read again. */
  onShared: () => void
  /** The connected desk member's name, if any. */
  deskMember: string | null
}

const foundIn: Record<LibraryHit['field'], string> = { text: 'the text', note: 'a note', tag: 'a tag' }

export function LibraryRow({
  entry,
  hit,
  current,
  placement: { index, setSize, measure, top },
  onOpen,
  onRename,
  onDelete,
  onRestored,
  onError,
  onShared,
  deskMember
}: LibraryRowProps) {
  const [editing, setEditing] = useState(false)
  const [showVersions, setShowVersions] = useState(false)
  const [title, setTitle] = useState(entry.title)
  const { reviewed, total } = reviewProgress(entry.counts, entry.claimCount)
  const save = async (): Promise<void> => {
    const trimmed = title.trim()
    if (!trimmed || trimmed === entry.title || (await onRename(entry.id, trimmed))) setEditing(false)
  }

  return (
    <li
      ref={measure}
      className={`library-row${current ? ' library-row--current' : ''}`}
      aria-label={entry.title}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
    >
      <div className="library-row-main">
        {editing ? (
          <form
            className="library-rename"
            onSubmit={(event) => {
              event.preventDefault()
              void save()
            }}
          >
            <input
              className="text-input"
              aria-label="New title"
              value={title}
              autoFocus
              onChange={(event) => setTitle(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  setTitle(entry.title)
                  setEditing(false)
                }
              }}
            />
            <button type="submit" className="button">
              Save
            </button>
          </form>
        ) : (
          <button type="button" className="library-open" onClick={() => onOpen(entry.id)}>
            {entry.title}
          </button>
        )}
        <span className="library-meta">
          {entry.source} · added {formatDate(entry.addedAt)}
          {entry.orphanCount ? ` · ${entry.orphanCount} orphaned` : ''}
        </span>
        {entry.desk && <DeskBadge assignee={entry.desk.assignee} me={deskMember} />}
        {hit && (
          <span className="library-hit">
            Found in {foundIn[hit.field]}: <q>{hit.snippet}</q>
          </span>
        )}
      </div>
      <div className="library-progress" title={`${reviewed} of ${total} claims reviewed`}>
        <VerdictMix title={entry.title} counts={entry.counts} />
        <span>
          {reviewed} of {total} reviewed
        </span>
      </div>
      <div className="library-actions">
        {!entry.desk && (
          <ShareWithDesk
            documentId={entry.id}
            title={entry.title}
            named
            onShared={onShared}
            onError={onError}
          />
        )}
        {!editing && (
          <button
            type="button"
            className="button"
            onClick={() => setEditing(true)}
            aria-label={`Rename ${entry.title}`}
          >
            Rename
          </button>
        )}
        <button
          type="button"
          className="button"
          aria-expanded={showVersions}
          onClick={() => setShowVersions((shown) => !shown)}
          aria-label={`Versions of ${entry.title}`}
        >
          Versions
        </button>
        <button
          type="button"
          className="button"
          onClick={() => onDelete(entry)}
          aria-label={`Delete ${entry.title}`}
        >
          Delete
        </button>
      </div>
      {showVersions && (
        <VersionList
          documentId={entry.id}
          title={entry.title}
          onError={onError}
          onRestored={async (message) => {
            setShowVersions(false)
            await onRestored(message)
          }}
        />
      )}
    </li>
  )
}

/**
 * The library: every document with its source, date added and verdict mix; search by title,
 * source, article text, notes and tags, sort, open, rename, delete (to the trash, with an undo) and restore.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { LibraryEntry, TrashedEntry } from '../../../shared/model'
import { useApi } from '../services/service-context'
import { arrangeLibrary, sortLabels, type LibrarySort } from '../../../shared/library/library-order'
import { LibraryExportDialog } from '../export/LibraryExportDialog'
import { LibraryList } from './LibraryList'
import { LibraryRow } from './LibraryRow'
import { TrashList } from './TrashList'
import { FactCheckList } from './FactCheckList'
import { useLibrarySearch } from './use-library-search'
import { useDesk } from '../desk/desk-context'

interface LibraryViewProps {
  entries: LibraryEntry[]
  currentId: string | null
  onOpen: (id: string) => void
  /** Called after any change, so the shell can list the library afresh. */
  onChanged: () => Promise<void>
  onError: (message: string) => void
  /** Bumped when fact-checks were imported; the list is read again. */
  factCheckRevision: number
  onFactChecksChanged: () => void
}

export function LibraryView(props: LibraryViewProps) {
  const api = useApi()
  const { entries, currentId, onOpen, onChanged, onError, factCheckRevision, onFactChecksChanged } = props
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<LibrarySort>('added')
  const [trash, setTrash] = useState<TrashedEntry[]>([])
  const [deleted, setDeleted] = useState<LibraryEntry | null>(null)
  const [restored, setRestored] = useState<string | null>(null)
  const [exporting, setExporting] = useState(false)
  /** Where the deleted row stood: once it is gone, focus goes to the row that took its place. */
  const deletedAt = useRef<number | null>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const hits = useLibrarySearch(query)
  const { me } = useDesk()
  const [assignedToMe, setAssignedToMe] = useState(false)

  const refresh = useCallback(async () => {
    const listed = await api.listTrash({})
    if (listed.ok) setTrash(listed.value)
    await onChanged()
  }, [onChanged, api])
  useEffect(() => {
    void api.listTrash({}).then((listed) => listed.ok && setTrash(listed.value))
  }, [api])

  const run = async (call: Promise<{ ok: boolean; error?: { message: string } }>): Promise<boolean> => {
    const result = await call
    if (!result.ok) onError(result.error?.message ?? 'That did not work.')
    await refresh()
    return result.ok
  }

  const arranged = useMemo(
    () => arrangeLibrary(entries, query, sort, new Set(hits.keys())),
    [entries, query, sort, hits]
  )
  const mine = assignedToMe ? (me?.name ?? null) : null
  const shown = useMemo(
    () => (mine === null ? arranged : arranged.filter((entry) => entry.desk?.assignee === mine)),
    [arranged, mine]
  )
  useEffect(() => {
    const index = deletedAt.current
    if (index === null || (deleted && entries.some((entry) => entry.id === deleted.id))) return
    deletedAt.current = null
    const last = shown.length - 1
    const next = listRef.current?.querySelector<HTMLElement>(
      `[data-index="${Math.min(index, last)}"] .library-open`
    )
    ;(next ?? searchRef.current)?.focus()
  }, [entries, deleted, shown])
  return (
    <section className="library" aria-label="Library">
      <div className="library-toolbar">
        <h1 className="library-title">Library</h1>
        <input
          ref={searchRef}
          type="search"
          className="text-input library-search"
          placeholder="Search titles, text, notes and tags"
          aria-label="Search the library"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label className="library-sort">
          Sort by{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as LibrarySort)}>
            {Object.entries(sortLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {me && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={assignedToMe}
              onChange={(event) => setAssignedToMe(event.target.checked)}
            />
            Assigned to me
          </label>
        )}
        <button
          type="button"
          className="button"
          disabled={entries.length === 0}
          onClick={() => setExporting(true)}
        >
          Export library…
        </button>
      </div>
      {exporting && (
        <LibraryExportDialog
          entries={arrangeLibrary(entries, '', sort)}
          onClose={() => setExporting(false)}
          onDone={(message, level) => {
            setExporting(false)
            if (level === 'error') onError(message)
            else setRestored(message)
          }}
        />
      )}
      {deleted && (
        <div className="library-undo" role="status">
          <span>“{deleted.title}” was moved to the trash.</span>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDeleted(null)
              void run(api.restoreDocument({ documentId: deleted.id }))
            }}
          >
            Undo
          </button>
        </div>
      )}
      {restored && (
        <p className="library-undo" role="status">
          {restored}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="library-empty">
          The library is empty. Import a .txt, .md or .html file, drop one here, or paste text.
        </p>
      ) : shown.length === 0 && mine !== null ? (
        <p className="library-empty">
          No desk document{query ? ` matching “${query}”` : ''} is assigned to you.
        </p>
      ) : shown.length === 0 ? (
        <p className="library-empty">No document’s title, source, text, notes or tags contain “{query}”.</p>
      ) : (
        <LibraryList
          shown={shown}
          listRef={listRef}
          renderRow={(entry, placement) => (
            <LibraryRow
              key={entry.id}
              entry={entry}
              hit={hits.get(entry.id)}
              current={entry.id === currentId}
              placement={placement}
              onOpen={onOpen}
              onRename={(documentId, title) => run(api.renameDocument({ documentId, title }))}
              onDelete={(entry) => {
                deletedAt.current = placement.index
                setDeleted(entry)
                void run(api.trashDocument({ documentId: entry.id }))
              }}
              onError={onError}
              onShared={() => void onChanged()}
              deskMember={me?.name ?? null}
              onRestored={async (message) => {
                setRestored(message)
                await refresh()
              }}
            />
          )}
        />
      )}
      <TrashList
        trash={trash}
        onRestore={(documentId) => void run(api.restoreDocument({ documentId }))}
        onEmpty={() => {
          setDeleted(null)
          void run(api.emptyTrash({}))
        }}
      />
      <FactCheckList revision={factCheckRevision} onRemoved={onFactChecksChanged} onError={onError} />
    </section>
  )
}

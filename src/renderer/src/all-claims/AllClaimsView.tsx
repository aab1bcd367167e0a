/**
 * All claims: every claim of every document in one list, searched by its words and filtered by
 * document, status, tag, kind, check-worthiness, whether it has a note and whether it is seen
 * (reviewed) in another document, each with its document's title and a jump to it.
 * The list is fetched once when the view opens (main keeps it up to date per document), filtered
 * here, and drawn virtualized so thousands of claims scroll smoothly. Its results export like a
 * document, as Markdown or CSV.
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState } from 'react'
import {
  allClaimsTags,
  filterAllClaims,
  noAllClaimsFilter,
  type LibraryClaim,
  type AllClaimsFilter
} from '../../../shared/all-claims/all-claims'
import { useApi, useHost } from '../services/service-context'
import { ClaimRow } from './ClaimRow'
import {
  anyDeskState,
  anyKind,
  anyStatus,
  anyTag,
  deskStateOptions,
  FilterSelect,
  kindOptions,
  statusOptions,
  tagOptions
} from '../components/FilterSelect'
import '../styles/all-claims.css'
import type { DeskFilter } from '../../../shared/desk/view/desk-filter'
import { useDesk } from '../desk/desk-context'

interface AllClaimsViewProps {
  onJump: (documentId: string, claimId: string) => void
  onMessage: (message: string, level: 'info' | 'error') => void
}

const ROW_ESTIMATE = 112

const exportFormats = [
  { format: 'markdown', label: 'Export Markdown' },
  { format: 'csv', label: 'Export CSV' }
] as const

export function AllClaimsView({ onJump, onMessage }: AllClaimsViewProps) {
  const api = useApi()
  const host = useHost()
  const [rows, setRows] = useState<LibraryClaim[] | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const [filter, setFilter] = useState<AllClaimsFilter>(noAllClaimsFilter)
  const listRef = useRef<HTMLDivElement>(null)
  const { me } = useDesk()
  // The desk's states live in main's replica: a desk filter asks main for the claims that pass it.
  const [deskFilter, setDeskFilter] = useState<DeskFilter | null>(null)

  useEffect(() => {
    let current = true
    void api.listAllClaims(deskFilter ? { desk: deskFilter } : {}).then((result) => {
      if (!current) return
      if (result.ok) setRows(result.value)
      else setFailed(result.error.message)
    })
    return () => {
      current = false
    }
  }, [api, deskFilter])

  const shown = useMemo(() => filterAllClaims(rows ?? [], filter), [rows, filter])
  const tags = useMemo(() => allClaimsTags(rows ?? []), [rows])
  const documents = useMemo(() => {
    const titles = new Map<string, string>()
    for (const row of rows ?? [])
      if (!titles.has(row.documentId)) titles.set(row.documentId, row.documentTitle)
    return [...titles]
  }, [rows])
  // eslint-disable-next-line react-hooks/incompatible-library -- this app does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6
  })
  const set = <K extends keyof AllClaimsFilter>(key: K, value: AllClaimsFilter[K]) =>
    setFilter({ ...filter, [key]: value })
  const exportAs = async (format: 'markdown' | 'csv') => {
    const result = await host.deliverAllClaimsExport(filter, format, deskFilter ?? undefined)
    if (!result.ok) onMessage(result.error.message, 'error')
    else if (result.value) onMessage(result.value, 'info')
  }

  return (
    <section className="all-claims" aria-label="All claims">
      <div className="all-claims-toolbar">
        <h1 className="library-title">All claims</h1>
        <div className="all-claims-filters" role="group" aria-label="Filter the claims">
          <input
            type="search"
            className="text-input all-claims-search"
            aria-label="Search the claims, notes and tags"
            placeholder="Search claims, notes, tags"
            value={filter.text ?? ''}
            onChange={(event) => set('text', event.target.value)}
          />
          <select
            className="select"
            aria-label="Document"
            value={filter.documentId ?? ''}
            onChange={(event) => set('documentId', event.target.value || null)}
          >
            <option value="">Every document</option>
            {documents.map(([documentId, title]) => (
              <option key={documentId} value={documentId}>
                {title}
              </option>
            ))}
          </select>
          <FilterSelect
            label="Status"
            value={filter.status}
            any={anyStatus}
            options={statusOptions}
            onChange={(status) => set('status', status)}
          />
          <FilterSelect
            label="Tag"
            value={filter.tag ?? ''}
            any={anyTag}
            options={tagOptions(tags)}
            onChange={(tag) => set('tag', tag || null)}
          />
          <FilterSelect
            label="Kind"
            value={filter.kind}
            any={anyKind}
            options={kindOptions}
            onChange={(kind) => set('kind', kind)}
          />
          {(me || deskFilter) && (
            <FilterSelect
              label="Desk state"
              value={deskFilter ?? ''}
              any={anyDeskState}
              options={deskStateOptions}
              onChange={(state) => setDeskFilter(state || null)}
            />
          )}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filter.checkWorthy}
              onChange={(event) => set('checkWorthy', event.target.checked)}
            />
            Check-worthy
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filter.hasNote}
              onChange={(event) => set('hasNote', event.target.checked)}
            />
            Has a note
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={filter.seenElsewhere ?? false}
              onChange={(event) => set('seenElsewhere', event.target.checked)}
            />
            Seen elsewhere
          </label>
        </div>
        <p className="all-claims-count" role="status">
          {rows ? `${shown.length} of ${rows.length} claims` : failed ? '' : 'Loading…'}
        </p>
        <div className="all-claims-export">
          {exportFormats.map(({ format, label }) => (
            <button
              key={format}
              type="button"
              className="button"
              disabled={shown.length === 0}
              onClick={() => void exportAs(format)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      {failed && (
        <p className="app-message" role="alert">
          {failed}
        </p>
      )}
      {rows && shown.length === 0 && (
        <p className="library-empty">No claim in the library matches these filters.</p>
      )}
      <div ref={listRef} className="all-claims-list" role="list" aria-label="Claims across the library">
        <div className="all-claims-list-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = shown[item.index]
            if (!row) return null
            return (
              <div
                key={`${row.documentId}:${row.claimId}`}
                role="listitem"
                aria-label={`${row.documentTitle}, claim ${row.position}`}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="all-claims-list-item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <ClaimRow row={row} onJump={onJump} />
              </div>
            )
          })}
        </div>
      </div>
    </section>
  )
}

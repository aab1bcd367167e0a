/**
 * The search and filter bar (`/`): finds text in the article and in notes, steps through hits with
 * Enter and Shift+Enter, and filters claims by status, kind, tag, whether they have a note, and
 * whether the library has met them (checked in another document, or by a published fact-check).
 */
import { forwardRef, useId } from 'react'
import type { ClaimFilter } from '../../../shared/review/claim-filter'
import type { Search } from './use-search'
import {
  anyDeskState,
  anyKind,
  anyStatus,
  anyTag,
  deskStateOptions,
  FilterSelect,
  kindOptions,
  statusOptions,
  tagOptions,
  type FilterOption
} from '../components/FilterSelect'

/** The search bar also picks the claims the engine flags as check-worthy, as if it were a kind. */
const checkWorthyKind: FilterOption<'check-worthy'> = { value: 'check-worthy', label: 'Check-worthy' }
import type { DeskFilter } from '../../../shared/desk/view/desk-filter'

/** A desk document's filter by desk state (use-desk-search.ts). */
interface DeskFilterControl {
  deskFilter: DeskFilter | null
  setDeskFilter: (filter: DeskFilter | null) => void
}

interface SearchBarProps {
  search: Search
  tags: string[]
  matchCount: number
  onStep: (direction: 1 | -1) => void
  onClose: () => void
  desk?: DeskFilterControl | null
}

export const SearchBar = forwardRef<HTMLInputElement, SearchBarProps>(function SearchBar(
  { search, tags, matchCount, onStep, onClose, desk },
  inputRef
) {
  const id = useId()
  const { query, filter, hits, current, matching } = search
  const set = (patch: Partial<ClaimFilter>) => search.setFilter({ ...filter, ...patch })
  const count =
    query.trim() === ''
      ? ''
      : hits.length === 0
        ? 'No matches'
        : current === -1
          ? `${hits.length} ${hits.length === 1 ? 'match' : 'matches'}`
          : `${current + 1} of ${hits.length}`
  return (
    <div
      className="search-bar"
      role="search"
      aria-label="Search and filter"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <input
        ref={inputRef}
        type="search"
        className="text-input search-input"
        aria-label="Search the article and notes"
        placeholder="Search the article and notes"
        value={query}
        onChange={(event) => search.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            onStep(event.shiftKey ? -1 : 1)
          }
        }}
      />
      <span className="search-count search-count--hits" aria-live="polite">
        {count}
      </span>
      <button
        type="button"
        className="button button--small"
        aria-label="Previous match"
        onClick={() => onStep(-1)}
        disabled={hits.length === 0}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label="Next match"
        onClick={() => onStep(1)}
        disabled={hits.length === 0}
      >
        ↓
      </button>
      <FilterSelect
        label="Filter by status"
        value={filter.status}
        any={anyStatus}
        options={statusOptions}
        onChange={(status) => set({ status })}
      />
      <FilterSelect
        label="Filter by kind"
        value={filter.kind}
        any={anyKind}
        options={[checkWorthyKind, ...kindOptions]}
        onChange={(kind) => set({ kind })}
      />
      <FilterSelect
        label="Filter by tag"
        value={filter.tag ?? ''}
        any={anyTag}
        options={tagOptions(tags)}
        onChange={(tag) => set({ tag: tag || null })}
      />
      {desk && (
        <FilterSelect
          label="Filter by desk state"
          value={desk.deskFilter ?? ''}
          any={anyDeskState}
          options={deskStateOptions}
          onChange={(state) => desk.setDeskFilter(state || null)}
        />
      )}
      <label className="checkbox" htmlFor={`${id}-note`}>
        <input
          id={`${id}-note`}
          type="checkbox"
          checked={filter.hasNote}
          onChange={(event) => set({ hasNote: event.target.checked })}
        />
        Has a note
      </label>
      <label className="checkbox" htmlFor={`${id}-seen`}>
        <input
          id={`${id}-seen`}
          type="checkbox"
          checked={filter.seenElsewhere}
          onChange={(event) => set({ seenElsewhere: event.target.checked })}
        />
        Checked elsewhere
      </label>
      <label className="checkbox" htmlFor={`${id}-fact-checked`}>
        <input
          id={`${id}-fact-checked`}
          type="checkbox"
          checked={filter.factChecked}
          onChange={(event) => set({ factChecked: event.target.checked })}
        />
        Published fact-check
      </label>
      <span className="search-count search-count--claims" role="status">
        {matching && `${matchCount} ${matchCount === 1 ? 'claim matches' : 'claims match'}`}
      </span>
      <button type="button" className="icon-button search-close" aria-label="Close search" onClick={onClose}>
        ×
      </button>
    </div>
  )
})

/**
 * Search and filter state for the open document: the query's hits (article text and notes) as
 * marks, which hit the reviewer is on, and which claims pass the filter.
 */
import { useMemo, useState } from 'react'
import {
  isFiltering,
  matchingIds,
  noFilter,
  noFindings,
  type ClaimFilter,
  type ClaimKinds,
  type LibraryFindings
} from '../../../shared/review/claim-filter'
import { mergeHits, searchNotesKeeping, searchText, type SearchHit } from '../../../shared/review/search'
import type { Mark } from '../../../shared/review/text-pieces'
import type { StoredDocument } from '../../../shared/model'

export interface Search {
  open: boolean
  query: string
  filter: ClaimFilter
  hits: SearchHit[]
  /** Index into `hits` of the hit the reviewer is on; -1 before the first step. */
  current: number
  hitMarks: Mark[]
  noteHits: Map<string, 'hit' | 'current'>
  matching: Set<string> | null
  setOpen: (open: boolean) => void
  setQuery: (query: string) => void
  setFilter: (filter: ClaimFilter) => void
  /** Moves to the next (1) or previous (-1) hit and answers it. */
  step: (direction: 1 | -1) => SearchHit | null
}

const noHits: SearchHit[] = []

export function useSearch(
  document: StoredDocument,
  kinds: ClaimKinds,
  findings: LibraryFindings = noFindings
): Search {
  const [open, setOpenState] = useState(false)
  const [query, setQueryState] = useState('')
  const [filter, setFilter] = useState<ClaimFilter>(noFilter)
  const [current, setCurrent] = useState(-1)

  const { text, claims, annotations } = document
  // The text is searched again only when the query changes; a change to a review searches the notes,
  // and the hits stay the same array unless the notes' hits changed.
  const textHits = useMemo(() => (open ? searchText(text, query) : []), [open, text, query])
  const notes = useMemo(
    () => (open ? searchNotesKeeping(claims, annotations, query) : noHits),
    [open, claims, annotations, query]
  )
  const hits = useMemo(() => (notes.length ? mergeHits(textHits, notes) : textHits), [textHits, notes])
  const hitMarks = useMemo(
    () =>
      hits.flatMap((hit, index) =>
        hit.noteOf === null ? [{ start: hit.start, end: hit.end, key: `hit:${index}` }] : []
      ),
    [hits]
  )
  const noteHits = useMemo(() => {
    const map = new Map<string, 'hit' | 'current'>()
    hits.forEach((hit, index) => {
      if (hit.noteOf) map.set(hit.noteOf, index === current ? 'current' : 'hit')
    })
    return map
  }, [hits, current])
  // A change to the annotations re-checks only the claims whose review changed.
  const matching = useMemo(
    () => (open && isFiltering(filter) ? matchingIds(claims, annotations, filter, kinds, findings) : null),
    [open, filter, claims, annotations, kinds, findings]
  )

  return {
    open,
    query,
    filter,
    hits,
    current: current < hits.length ? current : -1,
    hitMarks,
    noteHits,
    matching,
    setOpen: (value) => {
      setOpenState(value)
      if (!value) {
        setQueryState('')
        setFilter(noFilter)
        setCurrent(-1)
      }
    },
    setQuery: (value) => {
      setQueryState(value)
      setCurrent(-1)
    },
    setFilter,
    step: (direction) => {
      if (hits.length === 0) return null
      const from = current < hits.length ? current : -1
      const next =
        from === -1 ? (direction === 1 ? 0 : hits.length - 1) : (from + direction + hits.length) % hits.length
      setCurrent(next)
      return hits[next] ?? null
    }
  }
}

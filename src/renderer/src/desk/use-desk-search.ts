/**
 * The search bar's desk filter (Disagreement, Awaiting sign-off, Signed off, Assigned to me) over
 * the open desk document: it narrows the claims the other filters let through, so the reading view
 * dims the rest and j/k step through what is left, as with any filter.
 */
import { useMemo, useState } from 'react'
import type { Claim } from '../../../shared/model'
import { deskMatchingIds, type DeskFilter } from '../../../shared/desk/view/desk-filter'
import type { DeskDocumentView } from '../../../shared/desk/view/desk-view-types'
import type { Search } from '../workspace/use-search'

export interface DeskSearch {
  search: Search
  deskFilter: DeskFilter | null
  setDeskFilter: (filter: DeskFilter | null) => void
}

export function useDeskSearch(
  search: Search,
  claims: readonly Claim[],
  view: DeskDocumentView | null,
  me: string | null
): DeskSearch {
  const [chosen, setDeskFilter] = useState<DeskFilter | null>(null)
  const deskFilter = search.open ? chosen : null
  const deskIds = useMemo(
    () =>
      deskFilter
        ? deskMatchingIds(
            claims.map((claim) => claim.id),
            view,
            deskFilter,
            me
          )
        : null,
    [deskFilter, claims, view, me]
  )
  const { matching } = search
  const narrowed = useMemo(
    () =>
      deskIds && matching ? new Set([...matching].filter((id) => deskIds.has(id))) : (deskIds ?? matching),
    [deskIds, matching]
  )
  return {
    search: narrowed === matching ? search : { ...search, matching: narrowed },
    deskFilter,
    setDeskFilter
  }
}

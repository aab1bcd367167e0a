/** Opening and closing the search bar, and stepping through its hits, selecting the claim of each. */
import { useRef } from 'react'
import type { Claim } from '../../../shared/model'
import { claimAround } from '../../../shared/review/claim-lookup'
import type { ClaimFocus } from './claim-focus'
import type { ArticlePage } from './use-article-page'
import type { ClaimSelection } from './use-claim-selection'
import type { Search } from './use-search'

export function useSearchSteps(
  search: Search,
  claims: readonly Claim[],
  { selection, focus, page }: { selection: ClaimSelection; focus: ClaimFocus; page: ArticlePage }
) {
  const searchRef = useRef<HTMLInputElement>(null)
  return {
    searchRef,
    openSearch: () => {
      search.setOpen(true)
      requestAnimationFrame(() => searchRef.current?.focus())
    },
    closeSearch: () => {
      search.setOpen(false)
      focus.focusSelectedClaim()
    },
    stepHit: (direction: 1 | -1) => {
      const hit = search.step(direction)
      if (!hit) return
      const claim = claimAround(claims, hit)
      if (claim) selection.select(claim.id)
      page.centreCurrentHit(hit.start)
    }
  }
}

export type SearchSteps = Omit<ReturnType<typeof useSearchSteps>, 'searchRef'>

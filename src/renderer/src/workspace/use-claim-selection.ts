/**
 * Which claim is selected, which tab the side panel shows, and which highlight it shows when no
 * claim is selected: the workspace's selection state, in one place.
 */
import { useCallback, useState, type SetStateAction } from 'react'
import type { Claim } from '../../../shared/model'
import { claimById } from '../../../shared/review/claim-lookup'
import type { SideTab } from '../app/SidePanel'

export function useClaimSelection(claims: readonly Claim[]) {
  const [selectedClaimId, setSelectedClaimIdOnly] = useState<string | null>(null)
  const [sideTab, setSideTab] = useState<SideTab>('claim')
  const [shownHighlightId, showHighlight] = useState<string | null>(null)
  const [shownCheck, setShownCheck] = useState<string | null>(null)

  /** Choosing a claim in the article (click, j/k…) shows its panel. */
  const select = useCallback((value: SetStateAction<string | null>) => {
    setSelectedClaimIdOnly(value)
    setSideTab('claim')
  }, [])
  /** Selects a claim of this document, if it still is one, leaving the side panel as it is. */
  const restore = useCallback(
    (claimId: string) => {
      if (claimById(claims, claimId)) setSelectedClaimIdOnly(claimId)
    },
    [claims]
  )

  return {
    selectedClaimId,
    claim: claimById(claims, selectedClaimId),
    select,
    /** Selects without changing the side panel's tab (a jump from the Claims, Quotes or Checks list). */
    selectQuietly: setSelectedClaimIdOnly,
    restore,
    sideTab,
    setSideTab,
    shownHighlightId,
    showHighlight,
    /** The number check whose card the Checks tab marks (its chip was pressed), by `checkKey`. */
    shownCheck,
    /** A chip was pressed: its claim is selected and the Checks tab opens on its card. */
    showCheck: useCallback((claimId: string, check: string) => {
      setSelectedClaimIdOnly(claimId)
      setShownCheck(check)
      setSideTab('checks')
    }, []),
    /** Brings the claim panel forward; answers whether it was already showing. */
    showClaimPanel: (): boolean => {
      setSideTab('claim')
      return sideTab === 'claim'
    }
  }
}

export type ClaimSelection = ReturnType<typeof useClaimSelection>

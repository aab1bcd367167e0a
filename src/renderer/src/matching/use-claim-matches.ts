/**
 * What the library knows about the open document's claims (reviewed elsewhere, published
 * fact-checks), asked of main when the document opens and again when the fact-checks change.
 */
import { useEffect, useMemo, useState } from 'react'
import { noClaimMatches, type ClaimMatches } from '../../../shared/matching/claim-matches'
import type { LibraryFindings } from '../../../shared/review/claim-filter'
import { useApi } from '../services/service-context'

export interface ClaimMatchesState {
  matches: ClaimMatches
  /** The same, as the claim filter reads it. */
  findings: LibraryFindings
}

export function useClaimMatches(documentId: string, factCheckRevision: number): ClaimMatchesState {
  const api = useApi()
  const [matches, setMatches] = useState<ClaimMatches>(noClaimMatches)
  useEffect(() => {
    let current = true
    void api.matchClaims({ documentId }).then((result) => {
      // Matching is a help, not the review: when it fails the panel simply shows nothing found.
      if (current && result.ok) setMatches(result.value)
    })
    return () => {
      current = false
    }
  }, [documentId, factCheckRevision, api])
  const findings = useMemo(
    () => ({
      seenElsewhere: new Set(Object.keys(matches.seenIn)),
      factChecked: new Set(Object.keys(matches.factChecks))
    }),
    [matches]
  )
  return { matches, findings }
}

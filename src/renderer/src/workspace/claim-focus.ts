/**
 * Moving to a claim: the claim that is selected has focus when the reviewer is not typing, so Tab
 * and screen readers follow it.
 */
import type { StoredDocument } from '../../../shared/model'
import { stepClaim, stepUnreviewed, type Direction } from '../../../shared/review/claim-navigation'
import type { ArticlePage } from './use-article-page'
import type { ClaimSelection } from './use-claim-selection'

/** Selects and shows a claim, keeping the side panel as it is: a jump from the Claims, Quotes and Checks lists. */
export function jumpTo(
  claimId: string,
  selectQuietly: ClaimSelection['selectQuietly'],
  withClaim: ArticlePage['withClaim']
): void {
  selectQuietly(claimId)
  withClaim(claimId, (element) => {
    element.scrollIntoView({ block: 'center' })
    element.focus({ preventScroll: true })
  })
}

export function claimFocus(document: StoredDocument, selection: ClaimSelection, page: ArticlePage) {
  const focusClaim = (claimId: string) => {
    selection.select(claimId)
    page.withClaim(claimId, (element) => {
      element.focus({ preventScroll: true })
      element.scrollIntoView({ block: 'nearest' })
    })
  }
  const focusSelectedClaim = () => {
    if (selection.selectedClaimId) focusClaim(selection.selectedClaimId)
  }
  return {
    focusClaim,
    focusSelectedClaim,
    /** From the Claims, Quotes and Checks lists: select and show the claim, keeping the list open. */
    jumpToClaim: (claimId: string) => jumpTo(claimId, selection.selectQuietly, page.withClaim),
    /** j/k (and J/K, unreviewed only) among the claims the search filter lets through. */
    move: (direction: Direction, unreviewedOnly: boolean, matching: Set<string> | null) => {
      const claims = matching ? document.claims.filter((claim) => matching.has(claim.id)) : document.claims
      const current = selection.selectedClaimId
      const next = unreviewedOnly
        ? stepUnreviewed(claims, document.annotations, current, direction)
        : stepClaim(claims, current, direction)
      if (next) focusClaim(next.id)
    }
  }
}

export type ClaimFocus = ReturnType<typeof claimFocus>

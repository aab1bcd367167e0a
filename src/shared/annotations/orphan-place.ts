/**
 * Where the reader wants an orphan re-attached, from what they selected: a claim review goes to
 * the claim the selected text covers (or the selected claim); a highlight to the selected text
 * (or the selected claim's sentence).
 */
import { claimOverlapping } from '../anchor/reanchor'
import type { Claim, Orphan } from '../model'

export type OrphanPlacement = { claimId: string } | { start: number; end: number }

export function orphanPlacement(
  orphan: Orphan,
  claims: readonly Claim[],
  selectedText: { start: number; end: number } | null,
  selectedClaim: Claim | null
): OrphanPlacement | null {
  if (orphan.annotation.kind === 'highlight') {
    if (selectedText) return selectedText
    return selectedClaim ? { start: selectedClaim.start, end: selectedClaim.end } : null
  }
  const claim = selectedText
    ? claimOverlapping([...claims], selectedText.start, selectedText.end)
    : selectedClaim
  return claim ? { claimId: claim.id } : null
}

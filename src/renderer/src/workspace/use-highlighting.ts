/**
 * Highlighting a span: the selected text, or else the selected claim. The new highlight shows in
 * the claim panel, and once it is on screen its note is where the reviewer types next.
 */
import { useEffect, useState, type RefObject } from 'react'
import { DEFAULT_HIGHLIGHT_COLOR } from '../../../shared/annotations/highlight-colors'
import type { Claim } from '../../../shared/model'
import { claimAt } from '../../../shared/review/claim-index'
import { newId } from '../document/new-id'
import type { Undoable } from '../document/use-undo'
import type { ClaimPanelHandle } from '../panel/ClaimPanel'
import type { ArticlePage } from './use-article-page'
import type { ClaimSelection } from './use-claim-selection'

export function useHighlighting(
  claims: readonly Claim[],
  undoable: Undoable,
  {
    selection,
    page,
    panelRef
  }: { selection: ClaimSelection; page: ArticlePage; panelRef: RefObject<ClaimPanelHandle | null> }
) {
  const [pendingHighlight, setPendingHighlight] = useState<string | null>(null)
  useEffect(() => {
    if (pendingHighlight) panelRef.current?.focusHighlight(pendingHighlight)
  }, [pendingHighlight, panelRef])

  const highlight = (span: { start: number; end: number }) => {
    const highlightId = newId('h')
    undoable.edit({ kind: 'add-highlight', highlightId, ...span, color: DEFAULT_HIGHLIGHT_COLOR, note: '' })
    window.getSelection()?.removeAllRanges()
    selection.select(claimAt(claims, span)?.id ?? null)
    selection.showHighlight(highlightId)
    setPendingHighlight(highlightId)
  }
  return {
    highlight,
    highlightSelection: () => {
      const span = page.selectedSpan()
      const claim = selection.claim
      if (span) highlight(span)
      else if (claim) highlight({ start: claim.start, end: claim.end })
    }
  }
}

export type Highlighting = ReturnType<typeof useHighlighting>

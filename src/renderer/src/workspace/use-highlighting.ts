/**
 * Highlighting a span: the selected text, or else the selected claim. The new highlight shows in
 * the claim panel, and once it is on screen its note is where the reviewer types next. Highlighting
 * a span that already has exactly that highlight takes it off (one undo step), never a duplicate.
 */
import { useEffect, useState, type RefObject } from 'react'
import { highlightOver } from '../../../shared/annotations/highlight-changes'
import { DEFAULT_HIGHLIGHT_COLOR } from '../../../shared/annotations/highlight-colors'
import type { Annotations, Claim } from '../../../shared/model'
import { claimAt } from '../../../shared/review/claim-lookup'
import { newId } from '../document/new-id'
import type { Undoable } from '../document/use-undo'
import type { ClaimPanelHandle } from '../panel/ClaimPanel'
import type { ArticlePage } from './use-article-page'
import type { ClaimSelection } from './use-claim-selection'

export function useHighlighting(
  claims: readonly Claim[],
  annotations: Annotations,
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
    /** `h`: highlights the selected text or claim, or takes its highlight off; says which. */
    highlightSelection: (): string | null => {
      const claim = selection.claim
      const span = page.selectedSpan() ?? (claim ? { start: claim.start, end: claim.end } : null)
      if (!span) return null
      const existing = highlightOver(annotations, span)
      if (!existing) {
        highlight(span)
        return 'Highlighted.'
      }
      undoable.edit({ kind: 'remove-highlight', highlightId: existing.id })
      window.getSelection()?.removeAllRanges()
      return 'Highlight removed.'
    }
  }
}

export type Highlighting = ReturnType<typeof useHighlighting>

/**
 * Highlighting a span: the selected text, or else the selected claim. The new highlight shows in
 * the claim panel. By mouse (the Highlight button) its note takes focus, since the reviewer asked
 * for it with a click; by `h` focus stays on the claim, so the next keys stay shortcuts (typing
 * "j2s" after `h` once went into the note), and `n` writes in the new highlight's note. Highlighting
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

/** The highlight `h` just made, and the claim selected with it: `n` writes in its note while that claim stays selected. */
interface JustMade {
  highlightId: string
  claimId: string | null
}

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
  const [pendingNote, setPendingNote] = useState<string | null>(null)
  const [justMade, setJustMade] = useState<JustMade | null>(null)
  useEffect(() => {
    if (pendingNote) panelRef.current?.focusHighlight(pendingNote)
  }, [pendingNote, panelRef])

  const add = (span: { start: number; end: number }): JustMade => {
    const highlightId = newId('h')
    undoable.edit({ kind: 'add-highlight', highlightId, ...span, color: DEFAULT_HIGHLIGHT_COLOR, note: '' })
    window.getSelection()?.removeAllRanges()
    const claimId = claimAt(claims, span)?.id ?? null
    selection.select(claimId)
    selection.showHighlight(highlightId)
    return { highlightId, claimId }
  }
  const stillMade =
    justMade?.claimId === selection.selectedClaimId &&
    annotations.highlights.some((highlight) => highlight.id === justMade.highlightId)
      ? justMade.highlightId
      : null
  return {
    /** The Highlight button: highlights the span and opens its note. */
    highlight: (span: { start: number; end: number }) => setPendingNote(add(span).highlightId),
    /**
     * `n` straight after `h`: the new highlight, while its claim is still the selected one (then
     * forgotten, so the next `n` is the claim's note again); null otherwise.
     */
    takeJustMade: (): string | null => {
      setJustMade(null)
      return stillMade
    },
    /** `h`: highlights the selected text or claim, or takes its highlight off; says which. */
    highlightSelection: (): string | null => {
      const claim = selection.claim
      const span = page.selectedSpan() ?? (claim ? { start: claim.start, end: claim.end } : null)
      if (!span) return null
      const existing = highlightOver(annotations, span)
      if (!existing) {
        const made = add(span)
        setJustMade(made)
        // Focus stays on (or comes back to) the claim, not the note: the next keys are shortcuts.
        if (made.claimId) page.withClaim(made.claimId, (element) => element.focus({ preventScroll: true }))
        return 'Highlighted. Press n to write its note.'
      }
      undoable.edit({ kind: 'remove-highlight', highlightId: existing.id })
      window.getSelection()?.removeAllRanges()
      setJustMade(null)
      return 'Highlight removed.'
    }
  }
}

export type Highlighting = ReturnType<typeof useHighlighting>

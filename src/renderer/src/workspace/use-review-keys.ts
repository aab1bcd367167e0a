/**
 * What each of the command table's window keys does in the workspace, from the focused pieces
 * that do the work: moving and focusing claims, search, highlighting, undo, printing. Statuses set by key are announced, since focus
 * stays on the claim.
 */
import { useState, type RefObject } from 'react'
import { statusLabel, type ClaimStatus } from '../../../shared/status'
import type { Undoable } from '../document/use-undo'
import type { ClaimPanelHandle } from '../panel/ClaimPanel'
import type { ClaimFocus } from './claim-focus'
import type { ClaimSelection } from './use-claim-selection'
import type { Highlighting } from './use-highlighting'
import type { Search } from './use-search'
import type { SearchSteps } from './use-search-steps'
import { useShortcuts } from './use-shortcuts'

interface ReviewKeyParts {
  selection: ClaimSelection
  focus: ClaimFocus
  search: Search & SearchSteps
  highlighting: Highlighting
  undoable: Undoable
  panelRef: RefObject<ClaimPanelHandle | null>
  help: { open: boolean; setOpen: (open: boolean) => void }
}

/** Binds the shortcuts; answers the last announcement for the polite live region, and undo/redo. */
export function useReviewKeys({
  selection,
  focus,
  search,
  highlighting,
  undoable,
  panelRef,
  help
}: ReviewKeyParts) {
  const [announcement, setAnnouncement] = useState('')

  const move = (direction: 1 | -1, unreviewedOnly: boolean) =>
    focus.move(direction, unreviewedOnly, search.matching)
  const setStatus = (status: ClaimStatus | null) => {
    if (!selection.selectedClaimId) return
    undoable.edit({ kind: 'set-status', claimId: selection.selectedClaimId, status })
    setAnnouncement(status ? `Marked ${statusLabel[status].toLowerCase()}.` : 'Status cleared.')
  }
  /** Runs `action` on the claim panel once it is on screen. */
  const withPanel = (action: (panel: ClaimPanelHandle) => void) => {
    // At once when the panel is showing, so keys typed straight after land in the field it opens.
    if (selection.showClaimPanel() && panelRef.current) return action(panelRef.current)
    requestAnimationFrame(() => {
      if (panelRef.current) action(panelRef.current)
    })
  }
  /** Undo and redo, by key or from the toolbar: the claim they touched is selected, and they say what they did. */
  const travel = (direction: 'undo' | 'redo') => {
    const travelled = undoable[direction]()
    if (!travelled) return
    if (travelled.change.kind === 'restore-claim') selection.select(travelled.change.claimId)
    const done = direction === 'undo' ? 'Undid' : 'Redid'
    setAnnouncement(travelled.label ? `${done}: ${travelled.label}` : `${done} the last change.`)
  }

  useShortcuts({
    'file.print': () => window.print(),
    'review.next': () => move(1, false),
    'review.previous': () => move(-1, false),
    'review.next-unreviewed': () => move(1, true),
    'review.previous-unreviewed': () => move(-1, true),
    'review.verified': () => setStatus('verified'),
    'review.disputed': () => setStatus('disputed'),
    'review.needs-source': () => setStatus('needs-source'),
    'review.not-a-claim': () => setStatus('not-a-claim'),
    'review.clear': () => setStatus(null),
    'review.note': () => {
      const highlightId = highlighting.takeJustMade()
      withPanel((panel) => (highlightId ? panel.focusHighlight(highlightId) : panel.focusNote()))
    },
    'review.source': () => withPanel((panel) => panel.addSource()),
    'review.tag': () => withPanel((panel) => panel.focusTags()),
    'review.highlight': () => {
      const said = highlighting.highlightSelection()
      if (said) setAnnouncement(said)
    },
    'review.search': search.openSearch,
    'help.shortcuts': () => help.setOpen(true),
    'edit.undo': () => travel('undo'),
    'edit.redo': () => travel('redo'),
    'window.close': () => {
      if (help.open) return help.setOpen(false)
      const active = globalThis.document.activeElement
      if (active?.closest('.panel')) return focus.focusSelectedClaim()
      if (search.open) return search.closeSearch()
      window.getSelection()?.removeAllRanges()
    }
  })

  return { announcement, announce: setAnnouncement, undo: () => travel('undo'), redo: () => travel('redo') }
}

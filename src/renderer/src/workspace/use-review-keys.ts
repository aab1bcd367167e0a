/**
 * What each shortcut does in the workspace, and the focus moves that go with it: the claim that is
 * selected always has focus when the reviewer is not typing, so Tab and screen readers follow.
 */
import { useState, type Dispatch, type RefObject, type SetStateAction } from 'react'
import { DEFAULT_HIGHLIGHT_COLOR } from '../../../shared/annotations/highlight-colors'
import type { StoredDocument } from '../../../shared/model'
import { stepClaim, stepUnreviewed, type Direction } from '../../../shared/review/claim-navigation'
import { statusLabel, type ClaimStatus } from '../../../shared/status'
import { newId } from '../document/new-id'
import type { Undoable } from '../document/use-undo'
import type { ClaimPanelHandle } from '../panel/ClaimPanel'
import { selectedOffsets } from '../reading/dom-offsets'
import { whenRendered, type Reveal } from '../reading/reveal'
import { useShortcuts } from './use-shortcuts'
import type { Search } from './use-search'

interface ReviewKeysDeps {
  document: StoredDocument
  selectedClaimId: string | null
  setSelectedClaimId: Dispatch<SetStateAction<string | null>>
  setShownHighlightId: Dispatch<SetStateAction<string | null>>
  articleRef: RefObject<HTMLElement | null>
  panelRef: RefObject<ClaimPanelHandle | null>
  searchRef: RefObject<HTMLInputElement | null>
  search: Search
  undoable: Undoable
  helpOpen: boolean
  setHelpOpen: (open: boolean) => void
  /** Speaks a short message through a polite live region. */
  announce: (message: string) => void
  /** Set while the article is virtualized; see reading/reveal.ts. */
  revealRef: RefObject<Reveal | null>
  /** Brings the claim panel forward in the side panel; answers whether it was already showing. */
  showClaimPanel: () => boolean
}

export function useReviewKeys(deps: ReviewKeysDeps) {
  const { document, selectedClaimId, setSelectedClaimId, articleRef, panelRef, searchRef, search, undoable } =
    deps
  const [pendingHighlight, setPendingHighlight] = useState<string | null>(null)

  const claimElement = (claimId: string) =>
    articleRef.current?.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(claimId)}"]`) ?? null

  const focusClaim = (claimId: string) => {
    setSelectedClaimId(claimId)
    const offset = document.claims.find((claim) => claim.id === claimId)?.start ?? 0
    whenRendered(
      () => claimElement(claimId),
      offset,
      deps.revealRef,
      (element) => {
        element.focus({ preventScroll: true })
        element.scrollIntoView({ block: 'nearest' })
      }
    )
  }
  const focusSelectedClaim = () => {
    if (selectedClaimId) focusClaim(selectedClaimId)
  }

  const navigable = () =>
    search.matching ? document.claims.filter((claim) => search.matching?.has(claim.id)) : document.claims
  const move = (direction: Direction, unreviewedOnly: boolean) => {
    const next = unreviewedOnly
      ? stepUnreviewed(navigable(), document.annotations, selectedClaimId, direction)
      : stepClaim(navigable(), selectedClaimId, direction)
    if (next) focusClaim(next.id)
  }
  const setStatus = (status: ClaimStatus | null) => {
    if (!selectedClaimId) return
    undoable.edit({ kind: 'set-status', claimId: selectedClaimId, status })
    // Focus stays on the claim, so say what changed for screen-reader users.
    deps.announce(status ? `Marked ${statusLabel[status].toLowerCase()}.` : 'Status cleared.')
  }

  const highlight = (span: { start: number; end: number }) => {
    const highlightId = newId('h')
    undoable.edit({ kind: 'add-highlight', highlightId, ...span, color: DEFAULT_HIGHLIGHT_COLOR, note: '' })
    window.getSelection()?.removeAllRanges()
    const owner = document.claims.find((claim) => claim.end > span.start && claim.start < span.end)
    setSelectedClaimId(owner?.id ?? null)
    deps.setShownHighlightId(highlightId)
    setPendingHighlight(highlightId)
  }
  const highlightSelection = () => {
    const span = selectedOffsets(articleRef.current)
    const claim = document.claims.find((candidate) => candidate.id === selectedClaimId)
    if (span) highlight(span)
    else if (claim) highlight({ start: claim.start, end: claim.end })
  }

  const openSearch = () => {
    search.setOpen(true)
    requestAnimationFrame(() => searchRef.current?.focus())
  }
  const closeSearch = () => {
    search.setOpen(false)
    if (selectedClaimId) focusClaim(selectedClaimId)
  }
  const stepHit = (direction: 1 | -1) => {
    const hit = search.step(direction)
    if (!hit) return
    const claim = document.claims.find(
      (candidate) => candidate.start <= hit.start && candidate.end >= hit.end
    )
    if (claim) setSelectedClaimId(claim.id)
    // After the render that marks this hit as current; in a long article, once its block is shown.
    requestAnimationFrame(() =>
      whenRendered(
        () => articleRef.current?.querySelector<HTMLElement>('.search-hit--current') ?? null,
        hit.start,
        deps.revealRef,
        (target) => target.scrollIntoView({ block: 'center' })
      )
    )
  }
  const closeHelp = () => deps.setHelpOpen(false)

  /** Runs `action` on the claim panel once it is on screen. */
  const withPanel = (action: (panel: ClaimPanelHandle) => void) => {
    // At once when the panel is showing, so keys typed straight after land in the field it opens.
    if (deps.showClaimPanel() && panelRef.current) return action(panelRef.current)
    requestAnimationFrame(() => {
      if (panelRef.current) action(panelRef.current)
    })
  }

  const travel = (change: ReturnType<Undoable['undo']>) => {
    if (change?.kind === 'restore-claim') setSelectedClaimId(change.claimId)
  }

  useShortcuts({
    next: () => move(1, false),
    previous: () => move(-1, false),
    'next-unreviewed': () => move(1, true),
    'previous-unreviewed': () => move(-1, true),
    verified: () => setStatus('verified'),
    disputed: () => setStatus('disputed'),
    'needs-source': () => setStatus('needs-source'),
    clear: () => setStatus(null),
    note: () => withPanel((panel) => panel.focusNote()),
    source: () => withPanel((panel) => panel.addSource()),
    tag: () => withPanel((panel) => panel.focusTags()),
    highlight: highlightSelection,
    search: openSearch,
    help: () => deps.setHelpOpen(true),
    undo: () => travel(undoable.undo()),
    redo: () => travel(undoable.redo()),
    escape: () => {
      if (deps.helpOpen) return closeHelp()
      const active = globalThis.document.activeElement
      if (active?.closest('.panel')) return focusSelectedClaim()
      if (search.open) return closeSearch()
      window.getSelection()?.removeAllRanges()
    }
  })

  return {
    pendingHighlight,
    openSearch,
    closeSearch,
    stepHit,
    highlight,
    focusClaim,
    focusSelectedClaim,
    closeHelp
  }
}

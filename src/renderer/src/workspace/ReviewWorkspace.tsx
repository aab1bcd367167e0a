/**
 * The review workspace for one open document: the reading view with its toolbar and search bar,
 * the claim panel, the shortcuts dialog, and the keyboard that drives them all. The work is done by
 * focused hooks: selection, the article on the page, claim focus, search steps, highlighting, keys.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AnnotationChange } from '../../../shared/annotations/changes'
import { describeChange } from '../../../shared/annotations/change-description'
import { orphanPlacement } from '../../../shared/annotations/orphan-place'
import type { Orphan, StoredDocument } from '../../../shared/model'
import { tagsInUse, type ClaimKinds } from '../../../shared/review/claim-filter'
import { claimPosition, prepareClaimIndex } from '../../../shared/review/claim-lookup'
import { tagSuggestions } from '../../../shared/review/tag-suggestions'
import { PrintButton } from './PrintButton'
import { documentSources } from '../../../shared/annotations/source-changes'
import type { NumberCheck } from '../../../shared/claims'
import { useAnalysis } from '../claims/use-analysis'
import { checkKey } from '../claims/VerdictBadge'
import type { Applied, SaveState } from '../document/use-document'
import { useUndo } from '../document/use-undo'
import type { ClaimPanelHandle } from '../panel/ClaimPanel'
import { useClaimMatches } from '../matching/use-claim-matches'
import { ReadingView } from '../reading/ReadingView'
import { VerdictMargin } from '../reading/VerdictMargin'
import { SelectionHighlighter } from '../reading/SelectionHighlighter'
import '../styles/workspace.css'
import '../styles/panel.css'
import { ReadingSettingsMenu } from '../settings/ReadingSettingsMenu'
import type { ReadingSettingsControl } from '../settings/use-reading-settings'
import { ReadingToolbar } from './ReadingToolbar'
import { SearchBar } from './SearchBar'
import { OrphanTray } from './OrphanTray'
import { WorkspaceSidePanel } from './WorkspaceSidePanel'
import { claimFocus, jumpTo } from './claim-focus'
import { useArticlePage } from './use-article-page'
import { useClaimSelection } from './use-claim-selection'
import { useHighlighting } from './use-highlighting'
import { useReadingAnchor } from './use-reading-anchor'
import { useReadingPlace } from './use-reading-place'
import { useReviewKeys } from './use-review-keys'
import { useReviewMarks } from './use-review-marks'
import { useSearch } from './use-search'
import { useSearchSteps } from './use-search-steps'
import type { LibraryEntry } from '../../../shared/model'
import { useDesk } from '../desk/desk-context'
import { DeskDocumentBar } from '../desk/DeskDocumentBar'
import { DeskMargin } from '../desk/DeskMargin'
import { useDeskDocument, useDeskMarks } from '../desk/use-desk-document'
import { useDeskSearch } from '../desk/use-desk-search'

const noKinds: ClaimKinds = new Map()
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then(({ ShortcutsDialog }) => ({ default: ShortcutsDialog }))
)

interface ReviewWorkspaceProps {
  document: StoredDocument
  saveState: SaveState
  apply: (change: AnnotationChange) => Applied | null
  /** Loaded by the app shell, so the theme applies to every view. */
  reading: ReadingSettingsControl
  /** The tags each other document in the library uses, for suggestions. */
  libraryTags: readonly (readonly string[])[]
  onError: (message: string) => void
  /** Bumped when the published fact-checks changed, to match the claims again. */
  factCheckRevision: number
  /** Set for a desk document: its desk id and who it is assigned to. */
  desk: LibraryEntry['desk'] | null
  /** A claim to open on (a jump from "Seen in" in another document, or from All claims). */
  jumpToClaimId: string | null
  /** Opens another document at one of its claims. */
  onJump: (documentId: string, claimId: string) => void
}

export function ReviewWorkspace({
  document,
  saveState,
  apply,
  reading,
  libraryTags,
  onError,
  factCheckRevision,
  desk,
  jumpToClaimId,
  onJump
}: ReviewWorkspaceProps) {
  const { annotations, claims } = document
  const selection = useClaimSelection(claims)
  const { articleRef, revealRef, ...page } = useArticlePage(claims)
  const panelRef = useRef<ClaimPanelHandle>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const analysis = useAnalysis(document)
  // The claims' index answers by id and by place; a long article's takes tens of milliseconds to
  // build, so it is built while the page is idle after opening, not on the first click or tag.
  useEffect(() => {
    const idle = requestIdleCallback(() => prepareClaimIndex(claims))
    return () => cancelIdleCallback(idle)
  }, [claims])
  const describe = useCallback(
    (change: AnnotationChange) =>
      describeChange(change, (claimId) => {
        const position = claimPosition(claims, claimId)
        return position === null ? null : position + 1
      }),
    [claims]
  )
  const undoable = useUndo(document.id, apply, describe)
  const library = useClaimMatches(document.id, factCheckRevision)
  const { me } = useDesk()
  const deskDocument = useDeskDocument(document.id, Boolean(desk))
  const { search, ...deskSearch } = useDeskSearch(
    useSearch(document, analysis?.byClaim ?? noKinds, library.findings),
    claims,
    deskDocument.view,
    me?.name ?? null
  )
  const deskMarks = useDeskMarks(deskDocument.view)
  const focus = claimFocus(document, selection, page)
  // Stable while the claims are, so the Claims, Quotes and Checks lists (memoized: they list every
  // claim) are not drawn again for each tag.
  const { selectQuietly } = selection
  const { withClaim } = page
  const jumpToClaim = useCallback(
    (claimId: string) => jumpTo(claimId, selectQuietly, withClaim),
    [selectQuietly, withClaim]
  )
  const { searchRef, ...searchSteps } = useSearchSteps(search, claims, { selection, focus, page })
  const highlighting = useHighlighting(claims, annotations, undoable, { selection, page, panelRef })
  const keys = useReviewKeys({
    selection,
    focus,
    search: { ...search, ...searchSteps },
    highlighting,
    undoable,
    panelRef,
    help: { open: helpOpen, setOpen: setHelpOpen }
  })
  const paneRef = useReadingPlace({
    document,
    selectedClaimId: selection.selectedClaimId,
    restoreSelection: selection.restore,
    jumpTo: jumpToClaimId ? { claimId: jumpToClaimId, reveal: focus.jumpToClaim } : null
  })

  useReadingAnchor(paneRef, `${reading.settings.fontSize}-${reading.settings.measure}`)

  const { claim } = selection
  const highlights = annotations.highlights.filter((highlight) => {
    const { start, end } = highlight.target.position
    return claim ? start < claim.end && end > claim.start : highlight.id === selection.shownHighlightId
  })
  const { showCheck: showCheckCard } = selection
  const showCheck = useCallback(
    (check: NumberCheck) => showCheckCard(check.claimIds.at(-1) ?? '', checkKey(check)),
    [showCheckCard]
  )
  const { marks, markStyle } = useReviewMarks(annotations.highlights, search)
  const tags = useMemo(() => tagsInUse(annotations), [annotations])
  const suggestedTags = useMemo(() => tagSuggestions(tags, libraryTags), [tags, libraryTags])
  const citedSources = useMemo(() => documentSources(document, annotations), [document, annotations])
  const reattachOrphan = (orphan: Orphan) => {
    const place = orphanPlacement(orphan, claims, page.selectedSpan(), claim)
    if (!place) {
      return onError(
        orphan.annotation.kind === 'highlight'
          ? 'Select the text to attach this highlight to in the article first, then choose Re-attach.'
          : 'Select the claim (or some of its text) to attach this review to first, then choose Re-attach.'
      )
    }
    undoable.edit({ kind: 'reattach-orphan', orphanId: orphan.id, place })
  }

  return (
    <>
      <div className="reading-column">
        {/* Outside the scrolling pane, so the toolbar, legend and search bar never cover the article. */}
        <div className="reading-chrome">
          {desk && (
            <DeskDocumentBar
              documentId={document.id}
              claims={claims}
              view={deskDocument.view}
              onView={deskDocument.show}
              onError={onError}
            />
          )}
          <ReadingToolbar
            undoable={undoable}
            onUndo={keys.undo}
            onRedo={keys.redo}
            searchOpen={search.open}
            onSearch={searchSteps.openSearch}
            onHelp={() => setHelpOpen(true)}
          >
            <ReadingSettingsMenu
              settings={reading.settings}
              onChange={reading.change}
              updates={reading.updates}
            />
            <PrintButton />
          </ReadingToolbar>
          {search.open && (
            <SearchBar
              ref={searchRef}
              search={search}
              tags={tags}
              matchCount={search.matching?.size ?? 0}
              onStep={searchSteps.stepHit}
              onClose={searchSteps.closeSearch}
              desk={desk ? deskSearch : null}
            />
          )}
        </div>
        <div ref={paneRef} className="reading-pane">
          <OrphanTray
            orphans={annotations.orphans ?? []}
            onReattach={reattachOrphan}
            onDelete={(orphan) => undoable.edit({ kind: 'remove-orphan', orphanId: orphan.id })}
          />
          <div ref={articleRef} className="reading-page">
            <ReadingView
              document={document}
              selectedClaimId={selection.selectedClaimId}
              onSelectClaim={selection.select}
              marks={marks}
              markStyle={markStyle}
              noteHits={search.noteHits}
              matching={search.matching}
              analysis={analysis}
              onShowCheck={showCheck}
              revealRef={revealRef}
            />
            <VerdictMargin pageRef={articleRef} />
            {desk && <DeskMargin pageRef={articleRef} marks={deskMarks} />}
          </div>
          <SelectionHighlighter articleRef={articleRef} onHighlight={highlighting.highlight} />
        </div>
      </div>
      <WorkspaceSidePanel
        document={document}
        annotations={annotations}
        selection={selection}
        panelRef={panelRef}
        highlights={highlights}
        suggestedTags={suggestedTags}
        citedSources={citedSources}
        saveState={saveState}
        undoable={undoable}
        onDone={focus.focusSelectedClaim}
        analysis={analysis}
        desk={desk}
        deskDocument={deskDocument}
        library={library}
        onJump={onJump}
        onJumpToClaim={jumpToClaim}
        onError={onError}
      />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {keys.announcement}
      </p>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  )
}

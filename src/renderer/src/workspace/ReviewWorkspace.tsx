/**
 * The review workspace for one open document: the reading view with its toolbar and search bar,
 * the claim panel, the shortcuts dialog, and the keyboard that drives them all.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AnnotationChange } from '../../../shared/annotations/changes'
import type { StoredDocument } from '../../../shared/model'
import { tagsInUse, type ClaimKinds } from '../../../shared/review/claim-filter'
import { tagSuggestions } from '../../../shared/review/tag-suggestions'
import type { Mark } from '../../../shared/review/text-pieces'
import { SidePanel, type SideTab } from '../app/SidePanel'
import { ClaimsByKind } from '../claims/ClaimsByKind'
import { NumberChecks } from '../claims/NumberChecks'
import { QuotesBySpeaker } from '../claims/QuotesBySpeaker'
import { useAnalysis } from '../claims/use-analysis'
import type { Applied, SaveState } from '../document/use-document'
import { useUndo } from '../document/use-undo'
import { ClaimPanel, type ClaimPanelHandle } from '../panel/ClaimPanel'
import { ClaimQuote } from '../panel/ClaimQuote'
import { ReadingView } from '../reading/ReadingView'
import { whenRendered, type Reveal } from '../reading/reveal'
import { SelectionHighlighter } from '../reading/SelectionHighlighter'
import '../styles/workspace.css'
import '../styles/panel.css'
import { ReadingSettingsMenu } from '../settings/ReadingSettingsMenu'
import type { ReadingSettingsControl } from '../settings/use-reading-settings'
import { ReadingToolbar } from './ReadingToolbar'
import { SearchBar } from './SearchBar'
import { ShortcutsDialog } from './ShortcutsDialog'
import { useReadingPlace } from './use-reading-place'
import { useReviewKeys } from './use-review-keys'
import { useSearch } from './use-search'

const noKinds: ClaimKinds = new Map()

interface ReviewWorkspaceProps {
  document: StoredDocument
  saveState: SaveState
  apply: (change: AnnotationChange) => Applied | null
  /** Loaded by the app shell, so the theme applies to every view. */
  reading: ReadingSettingsControl
  /** The tags each other document in the library uses, for suggestions. */
  libraryTags: readonly (readonly string[])[]
}

export function ReviewWorkspace({ document, saveState, apply, reading, libraryTags }: ReviewWorkspaceProps) {
  const [selectedClaimId, setSelectedClaimIdOnly] = useState<string | null>(null)
  const [sideTab, setSideTab] = useState<SideTab>('claim')
  const [announcement, setAnnouncement] = useState('')
  // Choosing a claim in the article (click, j/k…) shows its panel.
  const setSelectedClaimId = useCallback(
    (value: string | null | ((current: string | null) => string | null)) => {
      setSelectedClaimIdOnly(value)
      setSideTab('claim')
    },
    []
  )
  const analysis = useAnalysis(document)
  const [shownHighlightId, setShownHighlightId] = useState<string | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const articleRef = useRef<HTMLDivElement>(null)
  const revealRef = useRef<Reveal | null>(null)
  const paneRef = useRef<HTMLDivElement>(null)
  const panelRef = useRef<ClaimPanelHandle>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const undoable = useUndo(document.id, apply)
  const search = useSearch(document, analysis?.byClaim ?? noKinds)
  const { annotations } = document

  const claim = document.claims.find((candidate) => candidate.id === selectedClaimId) ?? null
  const highlights = annotations.highlights.filter((highlight) => {
    const { start, end } = highlight.target.position
    return claim ? start < claim.end && end > claim.start : highlight.id === shownHighlightId
  })
  const currentHit = search.current >= 0 ? `hit:${search.current}` : null
  const markStyle = useMemo(
    () => ({
      highlightColor: new Map(
        annotations.highlights.map((highlight) => [`h:${highlight.id}`, highlight.color])
      ),
      currentHit
    }),
    [annotations.highlights, currentHit]
  )
  const marks = useMemo<Mark[]>(
    () => [
      ...annotations.highlights.map((highlight) => ({
        ...highlight.target.position,
        key: `h:${highlight.id}`
      })),
      ...search.hitMarks
    ],
    [annotations.highlights, search.hitMarks]
  )
  const tags = useMemo(() => tagsInUse(annotations), [annotations])
  const suggestedTags = useMemo(() => tagSuggestions(tags, libraryTags), [tags, libraryTags])

  const keys = useReviewKeys({
    document,
    selectedClaimId,
    setSelectedClaimId,
    setShownHighlightId,
    articleRef,
    panelRef,
    searchRef,
    search,
    undoable,
    helpOpen,
    setHelpOpen,
    revealRef,
    announce: setAnnouncement,
    showClaimPanel: () => {
      setSideTab('claim')
      return sideTab === 'claim'
    }
  })

  const restoreSelection = useCallback(
    (claimId: string) => {
      if (document.claims.some((claim) => claim.id === claimId)) setSelectedClaimIdOnly(claimId)
    },
    [document.claims]
  )
  useReadingPlace({ document, selectedClaimId, restoreSelection, paneRef })

  /** From the Claims, Quotes and Checks lists: select and show the claim, keeping the list open. */
  const jumpToClaim = (claimId: string) => {
    setSelectedClaimIdOnly(claimId)
    const offset = document.claims.find((claim) => claim.id === claimId)?.start ?? 0
    const find = () =>
      articleRef.current?.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(claimId)}"]`) ?? null
    whenRendered(find, offset, revealRef, (element) => {
      element.scrollIntoView({ block: 'center' })
      element.focus({ preventScroll: true })
    })
  }
  const textOf = (claimId: string) => {
    const found = document.claims.find((candidate) => candidate.id === claimId)
    return found ? document.text.slice(found.start, found.end) : ''
  }

  // Once a new highlight is on screen, its note is where the reviewer types next.
  const pendingHighlight = keys.pendingHighlight
  useEffect(() => {
    if (pendingHighlight) panelRef.current?.focusHighlight(pendingHighlight)
  }, [pendingHighlight])

  return (
    <>
      <div ref={paneRef} className="reading-pane">
        <ReadingToolbar
          undoable={undoable}
          searchOpen={search.open}
          onSearch={keys.openSearch}
          onHelp={() => setHelpOpen(true)}
        >
          <ReadingSettingsMenu settings={reading.settings} onChange={reading.change} />
        </ReadingToolbar>
        {search.open && (
          <SearchBar
            ref={searchRef}
            search={search}
            tags={tags}
            matchCount={search.matching?.size ?? 0}
            onStep={keys.stepHit}
            onClose={keys.closeSearch}
          />
        )}
        <div ref={articleRef} className="reading-page">
          <ReadingView
            document={document}
            selectedClaimId={selectedClaimId}
            onSelectClaim={setSelectedClaimId}
            marks={marks}
            markStyle={markStyle}
            noteHits={search.noteHits}
            matching={search.matching}
            analysis={analysis}
            onShowChecks={() => setSideTab('checks')}
            revealRef={revealRef}
          />
        </div>
        <SelectionHighlighter articleRef={articleRef} onHighlight={keys.highlight} />
      </div>
      <SidePanel
        active={sideTab}
        onActivate={setSideTab}
        tabs={[
          {
            id: 'claim',
            label: 'Claim',
            content: (
              <ClaimPanel
                ref={panelRef}
                claim={claim}
                quote={claim && <ClaimQuote document={document} claim={claim} />}
                review={claim ? annotations.claims[claim.id] : undefined}
                highlights={highlights}
                tagSuggestions={suggestedTags}
                saveState={saveState}
                onChange={undoable.edit}
                onDone={keys.focusSelectedClaim}
              />
            )
          },
          {
            id: 'claims',
            label: 'Claims',
            content: analysis && <ClaimsByKind analysis={analysis} textOf={textOf} onJump={jumpToClaim} />
          },
          {
            id: 'quotes',
            label: 'Quotes',
            content: analysis && <QuotesBySpeaker analysis={analysis} onJump={jumpToClaim} />
          },
          {
            id: 'checks',
            label: `Checks${analysis?.checks.length ? ` (${analysis.checks.length})` : ''}`,
            content: analysis && <NumberChecks analysis={analysis} onJump={jumpToClaim} />
          }
        ]}
      />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      {helpOpen && <ShortcutsDialog onClose={keys.closeHelp} />}
    </>
  )
}

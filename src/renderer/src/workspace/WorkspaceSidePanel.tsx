/**
 * The workspace's side panel: the Claim tab (the selected claim's review, what Claimcheck read in
 * it, and what the desk and the library know of it) and the Claims, Quotes and Checks tabs.
 */
import type { Ref } from 'react'
import { reviewOf } from '../../../shared/annotations/claim-review'
import type { Annotations, Highlight, LibraryEntry, Source, StoredDocument } from '../../../shared/model'
import { SidePanel } from '../app/SidePanel'
import { analysisTabs } from '../claims/analysis-tabs'
import type { DocumentAnalysis } from '../claims/use-analysis'
import { checkKey } from '../claims/VerdictBadge'
import { DeskClaimSection } from '../desk/DeskClaimSection'
import type { DeskDocument } from '../desk/use-desk-document'
import type { SaveState } from '../document/use-document'
import type { Undoable } from '../document/use-undo'
import type { ClaimMatchesState } from '../matching/use-claim-matches'
import { ClaimPanel, type ClaimPanelHandle } from '../panel/ClaimPanel'
import { ClaimQuote } from '../panel/ClaimQuote'
import { ClaimReading } from '../panel/ClaimReading'
import { PublishedFactChecks } from '../panel/PublishedFactChecks'
import { SeenIn } from '../panel/SeenIn'
import type { ClaimSelection } from './use-claim-selection'

interface WorkspaceSidePanelProps {
  document: StoredDocument
  annotations: Annotations
  selection: ClaimSelection
  panelRef: Ref<ClaimPanelHandle>
  /** The highlights the Claim tab lists: the selected claim's, or the one shown. */
  highlights: Highlight[]
  suggestedTags: string[]
  citedSources: Source[]
  saveState: SaveState
  undoable: Undoable
  /** Hands focus back to the selected claim in the article. */
  onDone: () => void
  analysis: DocumentAnalysis | null
  desk: LibraryEntry['desk'] | null
  deskDocument: DeskDocument
  library: ClaimMatchesState
  /** Opens another document at one of its claims ("Seen in"). */
  onJump: (documentId: string, claimId: string) => void
  /** Selects a claim of this document from the Claims, Quotes or Checks list. */
  onJumpToClaim: (claimId: string) => void
  onError: (message: string) => void
}

export function WorkspaceSidePanel({
  document,
  annotations,
  selection,
  panelRef,
  highlights,
  suggestedTags,
  citedSources,
  saveState,
  undoable,
  onDone,
  analysis,
  desk,
  deskDocument,
  library,
  onJump,
  onJumpToClaim,
  onError
}: WorkspaceSidePanelProps) {
  const { claim } = selection
  return (
    <SidePanel
      active={selection.sideTab}
      onActivate={selection.setSideTab}
      tabs={[
        {
          id: 'claim',
          label: 'Claim',
          content: (
            <ClaimPanel
              ref={panelRef}
              claim={claim}
              quote={claim && <ClaimQuote text={document.text} inlines={document.inlines} claim={claim} />}
              review={claim ? reviewOf(annotations, claim.id) : undefined}
              highlights={highlights}
              tagSuggestions={suggestedTags}
              citedSources={citedSources}
              saveState={saveState}
              onChange={undoable.edit}
              onDone={onDone}
              reading={
                claim && (
                  <ClaimReading
                    analysis={analysis?.byClaim.get(claim.id)}
                    checks={analysis?.checksByClaim.get(claim.id) ?? []}
                    onShowCheck={(check) => selection.showCheck(claim.id, checkKey(check))}
                  />
                )
              }
              findings={
                claim && (
                  <>
                    {desk && (
                      <DeskClaimSection
                        documentId={document.id}
                        claimId={claim.id}
                        deskDocument={deskDocument}
                        onKeepNote={(note) => undoable.edit({ kind: 'set-note', claimId: claim.id, note })}
                        onError={onError}
                      />
                    )}
                    <SeenIn seen={library.matches.seenIn[claim.id] ?? []} onJump={onJump} />
                    <PublishedFactChecks checks={library.matches.factChecks[claim.id] ?? []} />
                  </>
                )
              }
            />
          )
        },
        ...analysisTabs({
          analysis,
          article: document,
          onJump: onJumpToClaim,
          shownCheck: selection.shownCheck
        })
      ]}
    />
  )
}

/**
 * The side panel for the selected claim: status, note, sources, tags, history, and the highlights
 * that touch it. Every change is saved at once as one undo step; the panel says when it is on disk.
 */
import { forwardRef, useImperativeHandle, useRef, useState, type ReactNode } from 'react'
import type { AnnotationChange } from '../../../shared/annotations/changes'
import type { Claim, ClaimReview, Highlight, Source } from '../../../shared/model'
import type { SaveState } from '../document/use-document'
import { newId } from '../document/new-id'
import { HighlightList, type HighlightListHandle } from './HighlightList'
import { NoteField } from './NoteField'
import { SourceForm } from './SourceForm'
import { SourceList } from './SourceList'
import { StatusButtons } from './StatusButtons'
import { StatusHistory } from './StatusHistory'
import { TagEditor } from './TagEditor'

export interface ClaimPanelHandle {
  focusNote: () => void
  addSource: () => void
  focusTags: () => void
  focusHighlight: (highlightId: string) => void
}

interface ClaimPanelProps {
  claim: Claim | null
  /** The claim's words, with the article's formatting and links (ClaimQuote). */
  quote: ReactNode
  review: ClaimReview | undefined
  highlights: Highlight[]
  tagSuggestions: string[]
  /** Sources cited anywhere in the document: a new source can start from one. */
  citedSources: Source[]
  saveState: SaveState
  onChange: (change: AnnotationChange, burst?: string) => void
  /** Hands focus back to the reading view (the selected claim). */
  onDone: () => void
  /** What the library knows of the claim: "Seen in" other documents, published fact-checks. */
  findings?: ReactNode
  /** What Claimcheck read in the claim: kinds, check-worthiness, number checks (ClaimReading). */
  reading?: ReactNode
}

const saveStateText: Record<SaveState, string> = {
  saved: 'All changes saved',
  saving: 'Saving…',
  failed: 'Not saved'
}

export const ClaimPanel = forwardRef<ClaimPanelHandle, ClaimPanelProps>(function ClaimPanel(props, ref) {
  const { claim, quote, review, highlights, tagSuggestions, citedSources, saveState, onChange, onDone } =
    props
  const { findings, reading } = props
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const highlightsRef = useRef<HighlightListHandle>(null)
  const tagsRef = useRef<HTMLInputElement>(null)
  const [addingSourceTo, setAddingSourceTo] = useState<string | null>(null)
  const editSession = useRef(0)

  useImperativeHandle(ref, () => ({
    focusNote: () => noteRef.current?.focus(),
    addSource: () => setAddingSourceTo(claim?.id ?? null),
    focusTags: () => tagsRef.current?.focus(),
    focusHighlight: (highlightId) => highlightsRef.current?.focusNote(highlightId)
  }))

  const saved = (
    <p className={`save-state save-state--${saveState}`} role="status">
      {saveStateText[saveState]}
    </p>
  )
  const highlightList = (
    <HighlightList ref={highlightsRef} highlights={highlights} onChange={onChange} onDone={onDone} />
  )

  if (!claim) {
    return (
      <aside className="panel panel--empty" aria-label="Claim">
        <p className="panel-hint">
          Select a sentence in the article to review it as a claim. Press <kbd>?</kbd> for keyboard shortcuts.
        </p>
        {highlightList}
        {highlights.length > 0 && saved}
      </aside>
    )
  }
  const claimId = claim.id
  const sources = review?.sources ?? []
  return (
    <aside className="panel" aria-label="Claim">
      <h2 className="panel-heading">Claim</h2>
      <blockquote className="panel-claim">{quote}</blockquote>
      <StatusButtons
        status={review?.status ?? null}
        onStatus={(status) => onChange({ kind: 'set-status', claimId, status })}
      />
      <NoteField
        ref={noteRef}
        label="Note"
        value={review?.note ?? ''}
        placeholder="What did you find? Where does this come from?"
        onFocus={() => editSession.current++}
        onChange={(note) =>
          onChange({ kind: 'set-note', claimId, note }, `note:${claimId}:${editSession.current}`)
        }
        onEscape={onDone}
      />
      {saved}
      {findings}
      {reading}

      <section className="panel-section" aria-label="Sources">
        <div className="panel-section-head">
          <h3 className="panel-subheading">Sources</h3>
          {addingSourceTo !== claimId && (
            <button type="button" className="button button--small" onClick={() => setAddingSourceTo(claimId)}>
              Add source <kbd aria-hidden="true">s</kbd>
            </button>
          )}
        </div>
        <SourceList
          sources={sources}
          onEdit={(source) => onChange({ kind: 'edit-source', claimId, source })}
          onRemove={(sourceId) => onChange({ kind: 'remove-source', claimId, sourceId })}
        />
        {addingSourceTo === claimId && (
          <SourceForm
            reusable={citedSources.filter((cited) => !sources.some((own) => own.url === cited.url))}
            onSubmit={(source) => {
              onChange({ kind: 'add-source', claimId, source: { id: newId('s'), ...source } })
              setAddingSourceTo(null)
              onDone()
            }}
            onClose={() => {
              setAddingSourceTo(null)
              onDone()
            }}
          />
        )}
      </section>

      <TagEditor
        ref={tagsRef}
        tags={review?.tags ?? []}
        suggestions={tagSuggestions}
        onChange={(tags) => onChange({ kind: 'set-tags', claimId, tags })}
      />
      {highlightList}
      <StatusHistory history={review?.history ?? []} />
    </aside>
  )
})

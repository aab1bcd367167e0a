/**
 * The side panel for the selected claim: its status buttons and its note. Every change is saved
 * at once; the panel says when it is on disk.
 */
import { useId } from 'react'
import type { AnnotationChange } from '../../../shared/annotations/changes'
import type { Claim, ClaimReview } from '../../../shared/model'
import { claimStatuses, statusLabel } from '../../../shared/status'
import { StatusIcon } from '../components/StatusIcon'
import type { SaveState } from '../document/use-document'

interface ClaimPanelProps {
  claim: Claim | null
  claimText: string
  review: ClaimReview | undefined
  saveState: SaveState
  onChange: (change: AnnotationChange) => void
}

const saveStateText: Record<SaveState, string> = {
  saved: 'All changes saved',
  saving: 'Saving…',
  failed: 'Not saved'
}

export function ClaimPanel({ claim, claimText, review, saveState, onChange }: ClaimPanelProps) {
  const noteId = useId()
  if (!claim) {
    return (
      <aside className="panel panel--empty" aria-label="Claim">
        <p className="panel-hint">Select a sentence in the article to review it as a claim.</p>
      </aside>
    )
  }
  const status = review?.status ?? null
  return (
    <aside className="panel" aria-label="Claim">
      <h2 className="panel-heading">Claim</h2>
      <blockquote className="panel-claim">{claimText}</blockquote>

      <div className="status-buttons" role="group" aria-label="Status">
        {claimStatuses.map((candidate) => (
          <button
            key={candidate}
            type="button"
            className={`status-button status-button--${candidate}`}
            aria-pressed={status === candidate}
            onClick={() => onChange({ kind: 'set-status', claimId: claim.id, status: candidate })}
          >
            <StatusIcon status={candidate} />
            {statusLabel[candidate]}
          </button>
        ))}
        <button
          type="button"
          className="status-button status-button--clear"
          disabled={status === null}
          onClick={() => onChange({ kind: 'set-status', claimId: claim.id, status: null })}
        >
          Clear status
        </button>
      </div>

      <label className="field-label" htmlFor={noteId}>
        Note
      </label>
      <textarea
        id={noteId}
        className="note-input"
        value={review?.note ?? ''}
        rows={6}
        placeholder="What did you find? Where does this come from?"
        onChange={(event) => onChange({ kind: 'set-note', claimId: claim.id, note: event.target.value })}
      />
      <p className={`save-state save-state--${saveState}`} role="status">
        {saveStateText[saveState]}
      </p>
    </aside>
  )
}

/**
 * Above a desk document: that it is the desk's, who has it (the assignment), Assign for editors,
 * and the document's desk history (every change by every member, oldest never rewritten).
 */
import { useId, useState } from 'react'
import type { Claim } from '../../../shared/model'
import type { DeskDocumentView } from '../../../shared/desk/view/desk-view-types'
import { useApi } from '../services/service-context'
import { DeskHistoryDialog } from './DeskHistoryDialog'
import { useDesk } from './desk-context'
import { whenText } from './desk-time'

interface DeskDocumentBarProps {
  documentId: string
  claims: readonly Claim[]
  view: DeskDocumentView | null
  onView: (view: DeskDocumentView) => void
  onError: (message: string) => void
}

export function DeskDocumentBar({ documentId, claims, view, onView, onError }: DeskDocumentBarProps) {
  const api = useApi()
  const { me, refresh } = useDesk()
  const ids = useId()
  const [historyOpen, setHistoryOpen] = useState(false)
  const [assigning, setAssigning] = useState(false)
  const assignment = view?.assignment ?? null
  const members = me ? [...new Set([me.name, ...me.members.map((member) => member.name)])].sort() : []

  const assign = async (assignee: string) => {
    if (!assignee) return
    setAssigning(true)
    const result = await api.assignDeskDocument({ documentId, assignee })
    setAssigning(false)
    if (!result.ok) return onError(result.error.message)
    onView(result.value)
    void refresh()
  }

  return (
    <div className="desk-document-bar" role="region" aria-label="Desk document">
      <span className="desk-badge-name">Desk</span>
      <span className="desk-assignment">
        {assignment ? (
          <>
            Assigned to <strong>{assignment.assignee === me?.name ? 'you' : assignment.assignee}</strong>
            <span className="desk-soft">
              {' '}
              by {assignment.by}, {whenText(assignment.at)}
            </span>
          </>
        ) : (
          <span className="desk-soft">Not assigned</span>
        )}
      </span>
      {!me && <span className="desk-soft">Not connected: changes are kept here until you connect.</span>}
      {me?.role === 'editor' && (
        <label className="desk-assign" htmlFor={`${ids}-assign`}>
          <span>Assign to</span>
          <select
            id={`${ids}-assign`}
            className="select"
            disabled={assigning}
            value={assignment?.assignee ?? ''}
            onChange={(event) => void assign(event.target.value)}
          >
            {!assignment && <option value="">Choose a member</option>}
            {members.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        className="button button--small"
        disabled={!view}
        onClick={() => setHistoryOpen(true)}
      >
        Desk history
      </button>
      {historyOpen && view && (
        <DeskHistoryDialog history={view.history} claims={claims} onClose={() => setHistoryOpen(false)} />
      )}
    </div>
  )
}

/** The document's desk history: every change by every member, newest first, with its claim. */
import type { Claim } from '../../../shared/model'
import type { DeskEvent } from '../../../shared/desk/view/desk-view-types'
import { eventText } from '../../../shared/desk/view/desk-words'
import { ModalDialog } from '../components/ModalDialog'
import { useModalDialog } from '../components/use-modal-dialog'
import { whenText } from './desk-time'

interface DeskHistoryDialogProps {
  history: readonly DeskEvent[]
  claims: readonly Claim[]
  onClose: () => void
}

export function DeskHistoryDialog({ history, claims, onClose }: DeskHistoryDialogProps) {
  const { dialogRef, close } = useModalDialog(onClose)
  const position = new Map(claims.map((claim, index) => [claim.id, index + 1]))
  return (
    <ModalDialog dialogRef={dialogRef} onCancel={close} title="Desk history" className="desk-history-dialog">
      {history.length === 0 ? (
        <p className="dialog-text">Nothing has happened on the desk yet.</p>
      ) : (
        <ol className="history-list desk-history-list">
          {[...history].reverse().map((event) => {
            const at = event.claimId ? position.get(event.claimId) : undefined
            return (
              <li key={event.id} className="history-item">
                <time dateTime={event.at}>{whenText(event.at)}</time>
                <span>
                  {eventText(event)}
                  {at !== undefined && <span className="desk-soft"> · claim {at}</span>}
                </span>
              </li>
            )
          })}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={close}>
          Close
        </button>
      </div>
    </ModalDialog>
  )
}

/** The status buttons: each with its icon, its label and its key, so status is never colour alone. */
import { claimStatuses, statusLabel, type ClaimStatus } from '../../../shared/status'
import { StatusIcon } from '../components/StatusIcon'

const keyFor: Record<ClaimStatus, string> = {
  verified: '1',
  disputed: '2',
  'needs-source': '3',
  'not-a-claim': '4'
}

interface StatusButtonsProps {
  status: ClaimStatus | null
  onStatus: (status: ClaimStatus | null) => void
}

export function StatusButtons({ status, onStatus }: StatusButtonsProps) {
  return (
    <div className="status-buttons" role="group" aria-label="Status">
      {claimStatuses.map((candidate) => (
        <button
          key={candidate}
          type="button"
          className={`status-button status-button--${candidate}`}
          aria-pressed={status === candidate}
          aria-keyshortcuts={keyFor[candidate]}
          onClick={() => onStatus(candidate)}
        >
          <StatusIcon status={candidate} />
          {statusLabel[candidate]}
          <kbd className="status-key" aria-hidden="true">
            {keyFor[candidate]}
          </kbd>
        </button>
      ))}
      <button
        type="button"
        className="status-button status-button--clear"
        aria-keyshortcuts="0"
        disabled={status === null}
        onClick={() => onStatus(null)}
      >
        Clear status
        <kbd className="status-key" aria-hidden="true">
          0
        </kbd>
      </button>
    </div>
  )
}

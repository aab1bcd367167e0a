/**
 * One claim inside a paragraph: focusable and clickable, its status shown by colour and an icon,
 * and spoken by assistive technology as part of its name ("…, verified").
 */
import { memo } from 'react'
import { statusLabel, type ClaimStatus } from '../../../shared/status'
import { StatusIcon } from '../components/StatusIcon'

interface ClaimTextProps {
  claimId: string
  text: string
  status: ClaimStatus | null
  hasNote: boolean
  selected: boolean
  onSelect: (claimId: string) => void
}

export const ClaimText = memo(function ClaimText({
  claimId,
  text,
  status,
  hasNote,
  selected,
  onSelect
}: ClaimTextProps) {
  const state = status ? statusLabel[status] : 'Not reviewed'
  return (
    <span
      role="button"
      tabIndex={0}
      className={`claim${status ? ` claim--${status}` : ''}${selected ? ' claim--selected' : ''}`}
      data-claim-id={claimId}
      aria-pressed={selected}
      aria-description={`Claim. ${state}${hasNote ? ', has a note' : ''}.`}
      onClick={() => onSelect(claimId)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault()
          onSelect(claimId)
        }
      }}
    >
      {text}
      {status && (
        <span className={`claim-badge claim-badge--${status}`} title={statusLabel[status]}>
          <StatusIcon status={status} />
          <span className="visually-hidden">{` (${statusLabel[status]})`}</span>
        </span>
      )}
      {hasNote && (
        <span className="claim-note-mark" title="Has a note">
          <span aria-hidden="true">✎</span>
          <span className="visually-hidden"> (has a note)</span>
        </span>
      )}
    </span>
  )
})

/** The icon for each claim status, so a status is never told by colour alone. */
import type { ClaimStatus } from '../../../shared/status'
import { statusIconPath } from '../../../shared/status-icons'

export function StatusIcon({ status }: { status: ClaimStatus }) {
  return (
    <svg
      className="status-icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={statusIconPath[status]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

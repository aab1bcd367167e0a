/** The drawing of each status's icon (a 16×16 stroke), so a status is never told by colour alone. */
import type { ClaimStatus } from './status'

export const statusIconPath: Record<ClaimStatus, string> = {
  verified: 'M4 8.5l2.5 2.5L12 5.5',
  disputed: 'M5 5l6 6M11 5l-6 6',
  'needs-source': 'M5.4 5.9a2.6 2.6 0 1 1 3.7 2.4c-.7.3-1.1.8-1.1 1.5v.3M8 12.6v.1',
  /* A plain dash: out of the count, neither right nor wrong. */
  'not-a-claim': 'M4.5 8h7'
}

/**
 * "Seen in": the same claim, already reviewed in other documents — each with the document's
 * title, the status and note given there, and a jump to it.
 */
import type { SeenIn as SeenInMatch } from '../../../shared/matching/claim-matches'
import { statusLabel } from '../../../shared/status'
import '../styles/findings.css'

interface SeenInProps {
  seen: readonly SeenInMatch[]
  onJump: (documentId: string, claimId: string) => void
}

export function SeenIn({ seen, onJump }: SeenInProps) {
  if (seen.length === 0) return null
  return (
    <section className="panel-section findings" aria-label="Seen in">
      <h3 className="panel-subheading">Seen in</h3>
      <ul className="findings-list">
        {seen.map((match) => (
          <li key={`${match.documentId}:${match.claimId}`} className="finding">
            <button
              type="button"
              className="finding-jump"
              onClick={() => onJump(match.documentId, match.claimId)}
              aria-label={`Go to the claim in “${match.title}”`}
            >
              {match.title}
            </button>
            <span className={`finding-status finding-status--${match.status ?? 'none'}`}>
              {match.status ? statusLabel[match.status] : 'No status'}
            </span>
            {match.note.trim() && <p className="finding-note">{match.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}

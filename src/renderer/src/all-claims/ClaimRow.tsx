/** One row of All claims: its status, document and place, the claim, its tags and note, and Open. */
import type { LibraryClaim } from '../../../shared/all-claims/all-claims'
import { statusLabel } from '../../../shared/status'
import { StatusIcon } from '../components/StatusIcon'

interface ClaimRowProps {
  row: LibraryClaim
  onJump: (documentId: string, claimId: string) => void
}

export function ClaimRow({ row, onJump }: ClaimRowProps) {
  return (
    <div className="all-claims-row">
      <div className="all-claims-row-head">
        <span className={`all-claims-status all-claims-status--${row.status ?? 'none'}`}>
          {row.status && <StatusIcon status={row.status} />}
          {row.status ? statusLabel[row.status] : 'No status'}
        </span>
        <span className="all-claims-document" title={row.documentTitle}>
          {row.documentTitle} · claim {row.position}
        </span>
        {row.seenElsewhere && <span className="all-claims-seen">Seen elsewhere</span>}
        <button
          type="button"
          className="button button--small"
          aria-label={`Open claim ${row.position} in ${row.documentTitle}`}
          onClick={() => onJump(row.documentId, row.claimId)}
        >
          Open
        </button>
      </div>
      <p className="all-claims-claim">{row.text}</p>
      {(row.note.trim() || row.tags.length > 0) && (
        <p className="all-claims-extra">
          {row.tags.map((tag) => (
            <span key={tag} className="all-claims-tag">
              {tag}
            </span>
          ))}
          {row.note.trim() && <span className="all-claims-note">{row.note}</span>}
        </p>
      )}
    </div>
  )
}

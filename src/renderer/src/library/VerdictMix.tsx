/**
 * A document's verdict mix at a glance, for a library row: a small stacked bar (as in the header)
 * and the count of each status beside its icon, so the mix never relies on colour.
 */
import type { StatusCounts } from '../../../shared/model'
import { claimStatuses, statusLabel } from '../../../shared/status'
import { StatusIcon } from '../components/StatusIcon'

interface VerdictMixProps {
  title: string
  counts: StatusCounts
}

export function VerdictMix({ title, counts }: VerdictMixProps) {
  const statuses = claimStatuses.map((status) => ({ status, count: counts[status] ?? 0 }))
  const summary = [
    ...statuses.map(({ status, count }) => `${count} ${statusLabel[status].toLowerCase()}`),
    `${counts.unreviewed} unreviewed`
  ].join(', ')
  return (
    <div className="verdict-mix" role="img" aria-label={`Verdict mix of ${title}: ${summary}`}>
      <span className="progress-bar verdict-mix-bar">
        {[...statuses, { status: 'unreviewed' as const, count: counts.unreviewed }].map(
          ({ status, count }) =>
            count > 0 ? (
              <span
                key={status}
                className={`progress-segment progress-segment--${status}`}
                style={{ flexGrow: count }}
              />
            ) : null
        )}
      </span>
      <span className="verdict-mix-counts">
        {statuses.map(({ status, count }) => (
          <span
            key={status}
            className={`verdict-mix-count verdict-mix-count--${status}`}
            title={statusLabel[status]}
          >
            <StatusIcon status={status} />
            {count}
          </span>
        ))}
      </span>
    </div>
  )
}

/**
 * A document's verdict mix at a glance, for a library row: a small stacked bar (as in the header)
 * and the count of each verdict beside its icon, so the mix never relies on colour. Sentences
 * marked "not a claim" are left out of the bar; their count follows the verdicts'.
 */
import type { StatusCounts } from '../../../shared/model'
import { statusLabel, verdicts } from '../../../shared/status'
import { StatusIcon } from '../components/StatusIcon'

interface VerdictMixProps {
  title: string
  counts: StatusCounts
}

export function VerdictMix({ title, counts }: VerdictMixProps) {
  const statuses = verdicts.map((status) => ({ status, count: counts[status] }))
  const notAClaim = counts['not-a-claim']
  const summary = [
    ...statuses.map(({ status, count }) => `${count} ${statusLabel[status].toLowerCase()}`),
    `${counts.unreviewed} unreviewed`
  ].join(', ')
  // Sentences marked "not a claim" are out of the mix, as in the header: only their number is told.
  const aside = notAClaim ? `; ${notAClaim} not a claim, left out` : ''
  return (
    <div className="verdict-mix" role="img" aria-label={`Verdict mix of ${title}: ${summary}${aside}`}>
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
        {notAClaim > 0 && (
          <span className="verdict-mix-count" title={statusLabel['not-a-claim']}>
            <StatusIcon status="not-a-claim" />
            {notAClaim}
          </span>
        )}
      </span>
    </div>
  )
}

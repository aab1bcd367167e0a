/** "N of M claims reviewed" and the verdict mix as a small stacked bar. */
import type { StatusCounts } from '../../../shared/model'
import { statusLabel } from '../../../shared/status'

export function ReviewProgress({ counts, total }: { counts: StatusCounts; total: number }) {
  const reviewed = total - counts.unreviewed
  const segments = [
    { key: 'verified', value: counts.verified, label: statusLabel.verified },
    { key: 'disputed', value: counts.disputed, label: statusLabel.disputed },
    { key: 'needs-source', value: counts['needs-source'], label: statusLabel['needs-source'] },
    { key: 'unreviewed', value: counts.unreviewed, label: 'Unreviewed' }
  ]
  const summary = segments.map((segment) => `${segment.value} ${segment.label.toLowerCase()}`).join(', ')
  return (
    <div className="progress" title={summary}>
      <span className="progress-text">
        {reviewed} of {total} claims reviewed
      </span>
      <span className="progress-bar" role="img" aria-label={`Verdict mix: ${summary}`}>
        {segments.map((segment) =>
          segment.value > 0 ? (
            <span
              key={segment.key}
              className={`progress-segment progress-segment--${segment.key}`}
              style={{ flexGrow: segment.value }}
            />
          ) : null
        )}
      </span>
    </div>
  )
}

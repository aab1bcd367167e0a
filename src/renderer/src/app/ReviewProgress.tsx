/**
 * "N of M claims reviewed" and the verdict mix as a small stacked bar. The bar is focusable and
 * shows a legend (colour, icon, label, count) on hover and focus, so the mix never relies on colour.
 * Sentences marked "not a claim" are out of both: the legend only says how many there are.
 */
import { useId } from 'react'
import { reviewProgress } from '../../../shared/annotations/counts'
import type { StatusCounts } from '../../../shared/model'
import { statusLabel } from '../../../shared/status'
import { StatusIcon } from '../components/StatusIcon'

export function ReviewProgress({ counts, claimCount }: { counts: StatusCounts; claimCount: number }) {
  const legendId = useId()
  const { reviewed, total } = reviewProgress(counts, claimCount)
  const segments = [
    { key: 'verified', value: counts.verified, label: statusLabel.verified },
    { key: 'disputed', value: counts.disputed, label: statusLabel.disputed },
    { key: 'needs-source', value: counts['needs-source'], label: statusLabel['needs-source'] },
    { key: 'unreviewed', value: counts.unreviewed, label: 'Unreviewed' }
  ] as const
  const notAClaim = counts['not-a-claim']
  const summary = segments.map((segment) => `${segment.value} ${segment.label.toLowerCase()}`).join(', ')
  const aside = notAClaim ? `; ${notAClaim} not a claim, left out` : ''
  return (
    <div className="progress">
      <span className="progress-text" aria-live="polite">
        {reviewed} of {total} claims reviewed
      </span>
      <span
        className="progress-bar"
        role="img"
        tabIndex={0}
        aria-label={`Verdict mix: ${summary}${aside}`}
        aria-describedby={legendId}
      >
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
      <ul id={legendId} className="progress-legend" role="tooltip">
        {segments.map((segment) => (
          <li key={segment.key} className="progress-legend-item">
            <span className={`progress-swatch progress-segment--${segment.key}`} aria-hidden="true">
              {segment.key !== 'unreviewed' && <StatusIcon status={segment.key} />}
            </span>
            <span className="progress-legend-label">{segment.label}</span>
            <span className="progress-legend-count">{segment.value}</span>
          </li>
        ))}
        {notAClaim > 0 && (
          <li className="progress-legend-item progress-legend-item--aside">
            <span className="progress-swatch" aria-hidden="true">
              <StatusIcon status="not-a-claim" />
            </span>
            <span className="progress-legend-label">{statusLabel['not-a-claim']} (not counted)</span>
            <span className="progress-legend-count">{notAClaim}</span>
          </li>
        )}
      </ul>
    </div>
  )
}

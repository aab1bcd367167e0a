/**
 * The Quotes panel: each speaker with their quotes, and a jump to each. A quote whose speaker was
 * inferred ("he said", a continuation) rather than named says so, in words a screen reader reads.
 */
import { memo } from 'react'
import { quotesBySpeaker } from '../../../shared/claims'
import type { DocumentAnalysis } from './use-analysis'

interface QuotesBySpeakerProps {
  analysis: DocumentAnalysis
  onJump: (claimId: string) => void
}

/** Memoized, as ClaimsByKind: a change to a review changes none of its props. */
export const QuotesBySpeaker = memo(function QuotesBySpeaker({ analysis, onJump }: QuotesBySpeakerProps) {
  const groups = quotesBySpeaker(analysis.claims)
  if (groups.length === 0) return <p className="insights-summary">This article quotes no one.</p>
  return (
    <div className="insights">
      {groups.map((group) => (
        <section
          key={group.speaker ?? '—'}
          className="insights-group"
          aria-label={group.speaker ?? 'Unattributed'}
        >
          <h3 className="insights-heading">
            {group.speaker ?? 'Unattributed'} <span className="insights-count">{group.quotes.length}</span>
          </h3>
          <ul className="insights-list">
            {group.quotes.map((quote, index) => (
              <li key={group.claimIds[index]} className="insights-item">
                <button
                  type="button"
                  className="claim-link claim-link--quote"
                  onClick={() => onJump(group.claimIds[index] ?? '')}
                >
                  “{quote}”
                </button>
                {group.inferred[index] ? (
                  <span
                    className="insights-inferred"
                    title="Speaker inferred from “he said” or the quote before"
                  >
                    inferred<span className="visually-hidden"> speaker</span>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
})

/**
 * The Checks panel: the article's own arithmetic, checked, with the working shown. The check whose
 * chip was pressed in the article is marked, scrolled to and focused.
 */
import { memo, useEffect, useRef } from 'react'
import type { DocumentAnalysis } from './use-analysis'
import { VerdictBadge, checkKey } from './VerdictBadge'

interface NumberChecksProps {
  analysis: DocumentAnalysis
  /** The check to show (its chip was pressed), by `checkKey`. */
  shownCheck: string | null
  onJump: (claimId: string) => void
}

/** Memoized, as ClaimsByKind: a change to a review changes none of its props. */
export const NumberChecks = memo(function NumberChecks({ analysis, shownCheck, onJump }: NumberChecksProps) {
  const listRef = useRef<HTMLUListElement>(null)
  useEffect(() => {
    if (!shownCheck) return
    const card = Array.from(listRef.current?.children ?? []).find(
      (item) => item instanceof HTMLElement && item.dataset['check'] === shownCheck
    )
    if (!(card instanceof HTMLElement)) return
    card.scrollIntoView({ block: 'nearest' })
    card.focus({ preventScroll: true })
  }, [shownCheck])

  if (analysis.checks.length === 0) {
    return <p className="insights-summary">No figures in this article could be checked against each other.</p>
  }
  return (
    <div className="insights">
      <p className="insights-summary">Figures the article states, checked against its own numbers.</p>
      <ul ref={listRef} className="insights-list">
        {analysis.checks.map((check) => {
          const key = checkKey(check)
          const shown = key === shownCheck
          return (
            <li
              key={key}
              data-check={key}
              className={`number-check${shown ? ' number-check--current' : ''}`}
              tabIndex={shown ? -1 : undefined}
              aria-current={shown ? 'true' : undefined}
            >
              <VerdictBadge verdict={check.verdict} />
              <p className="number-check-statement">{check.statement}</p>
              <p className="number-check-working">{check.working}</p>
              <p className="number-check-claims">
                {check.claimIds.map((claimId, index) => (
                  <button key={claimId} type="button" className="link-button" onClick={() => onJump(claimId)}>
                    {check.claimIds.length > 1 ? `Go to claim ${index + 1}` : 'Go to claim'}
                  </button>
                ))}
              </p>
            </li>
          )
        })}
      </ul>
    </div>
  )
})

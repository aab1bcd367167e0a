/** The Checks panel: the article's own arithmetic, checked, with the working shown. */
import type { DocumentAnalysis } from './use-analysis'
import { VerdictBadge } from './VerdictBadge'

interface NumberChecksProps {
  analysis: DocumentAnalysis
  onJump: (claimId: string) => void
}

export function NumberChecks({ analysis, onJump }: NumberChecksProps) {
  if (analysis.checks.length === 0) {
    return <p className="insights-summary">No figures in this article could be checked against each other.</p>
  }
  return (
    <div className="insights">
      <p className="insights-summary">Figures the article states, checked against its own numbers.</p>
      <ul className="insights-list">
        {analysis.checks.map((check) => (
          <li key={`${check.claimIds.join('-')}-${check.statement}`} className="number-check">
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
        ))}
      </ul>
    </div>
  )
}

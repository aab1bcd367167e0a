/**
 * What Claimcheck read in the selected claim, beside the reviewer's own work: its kinds, how
 * check-worthy the model rates it (and whether the reading view marks it so), who is quoted, and
 * the article's number checks it takes part in, each with a jump to its card in the Checks tab.
 * Empty until the analysis is done.
 */
import { checkWorthinessOf, type ClaimAnalysis, type NumberCheck } from '../../../shared/claims'
import { kindLabel } from '../claims/kind-label'
import { checkKey, VerdictBadge } from '../claims/VerdictBadge'

interface ClaimReadingProps {
  analysis: ClaimAnalysis | undefined
  /** The number checks this claim takes part in. */
  checks: readonly NumberCheck[]
  onShowCheck: (check: NumberCheck) => void
}

const percent = (score: number) => `${Math.round(score * 100)}%`

export function ClaimReading({ analysis, checks, onShowCheck }: ClaimReadingProps) {
  if (!analysis) return null
  const { checkWorthy: worthy, reasons } = checkWorthinessOf(analysis)
  return (
    <section className="panel-section claim-reading" aria-label="What Claimcheck read">
      <h3 className="panel-subheading">What Claimcheck read</h3>
      <dl className="claim-reading-facts">
        <dt>Kinds</dt>
        <dd>
          {analysis.kinds.length ? analysis.kinds.map((kind) => kindLabel[kind]).join(' · ') : 'None found'}
        </dd>
        <dt>Check-worthy</dt>
        <dd>
          {worthy ? 'Yes' : 'Not marked'}: rated above {percent(analysis.score)} of the sentences
          fact-checkers chose to check
        </dd>
        <dt>Why</dt>
        <dd>{reasons.length ? reasons.join(' · ') : 'Nothing a fact-checker looks for first'}</dd>
        {analysis.quote && (
          <>
            <dt>Quote</dt>
            <dd>
              {analysis.quote.speaker ?? 'Speaker not found'}
              {analysis.quote.speaker && analysis.quote.certainty === 'inferred' ? ' (inferred)' : ''}
            </dd>
          </>
        )}
        <dt>Number checks</dt>
        <dd>
          {checks.length === 0 ? (
            'None'
          ) : (
            <ul className="claim-reading-checks">
              {checks.map((check) => (
                <li key={checkKey(check)}>
                  <VerdictBadge verdict={check.verdict} />
                  <span className="claim-reading-working">{check.working}</span>
                  <button type="button" className="link-button" onClick={() => onShowCheck(check)}>
                    Open in Checks
                  </button>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  )
}

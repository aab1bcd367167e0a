/**
 * A number check's verdict as a neutral, machine-looking badge: a sum sign (the machine did this),
 * a verdict symbol and a word, never a verdict colour, so it is never read as the reviewer's verdict.
 */
import type { NumberCheck, Verdict } from '../../../shared/claims'

export const verdictLabel: Record<Verdict, string> = {
  consistent: 'Adds up',
  approximately: 'Roughly adds up',
  inconsistent: 'Does not add up'
}

export const verdictSymbol: Record<Verdict, string> = {
  consistent: '=',
  approximately: '≈',
  inconsistent: '≠'
}

/** Names one check among the article's checks (the chip beside a claim, its card in the panel). */
export const checkKey = (check: NumberCheck): string => `${check.claimIds.join('-')}-${check.statement}`

/** The badge's inside: ∑, the symbol and the word; the symbols are for the eye only. */
export function VerdictMarks({ verdict }: { verdict: Verdict }) {
  return (
    <>
      <span className="machine-sum" aria-hidden="true">
        ∑
      </span>
      <span className="machine-symbol" aria-hidden="true">
        {verdictSymbol[verdict]}
      </span>
      <span>{verdictLabel[verdict].toLowerCase()}</span>
    </>
  )
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict verdict--${verdict}`}>
      <VerdictMarks verdict={verdict} />
    </span>
  )
}

/**
 * Number checks beside the claim they end on: one small neutral box, a ∑ and then each check's
 * verdict as a symbol (=, ≈, ≠), so the box is no wider than a short word and never pushes the
 * claim's last word onto a line of its own. Each symbol is a button whose name and tooltip carry
 * the verdict in words and the working; pressing it selects the claim and opens the check's card
 * in the Checks tab. Not Tab stops: the arrow keys reach them from their claim
 * (reading/chip-keys.ts), and the Checks tab lists them all.
 */
import type { NumberCheck } from '../../../shared/claims'
import { chipArrowKey } from '../reading/chip-keys'
import { checkKey, verdictLabel, verdictSymbol } from './VerdictBadge'

interface CheckChipsProps {
  checks: readonly NumberCheck[]
  onShow: (check: NumberCheck) => void
}

export function CheckChips({ checks, onShow }: CheckChipsProps) {
  return (
    <span className="check-chips">
      <span className="machine-sum" aria-hidden="true">
        ∑
      </span>
      {checks.map((check) => (
        <button
          key={checkKey(check)}
          type="button"
          tabIndex={-1}
          className={`check-chip check-chip--${check.verdict}`}
          title={`${verdictLabel[check.verdict]}: ${check.statement}\n${check.working}`}
          aria-label={`Number check: ${verdictLabel[check.verdict]}. ${check.working}`}
          onClick={() => onShow(check)}
          onKeyDown={chipArrowKey}
        >
          <span className="machine-symbol" aria-hidden="true">
            {verdictSymbol[check.verdict]}
          </span>
        </button>
      ))}
    </span>
  )
}

/**
 * Number checks beside the claim they end on: a small neutral chip per check with its verdict as
 * symbol and word; its name carries the working, and pressing it selects the claim and opens the
 * check's card in the Checks tab.
 */
import type { NumberCheck } from '../../../shared/claims'
import { verdictLabel, VerdictMarks, checkKey } from './VerdictBadge'

interface CheckChipsProps {
  checks: readonly NumberCheck[]
  onShow: (check: NumberCheck) => void
}

export function CheckChips({ checks, onShow }: CheckChipsProps) {
  return checks.map((check) => (
    <button
      key={checkKey(check)}
      type="button"
      className={`check-chip check-chip--${check.verdict}`}
      title={`${check.statement}\n${check.working}`}
      aria-label={`Number check: ${verdictLabel[check.verdict]}. ${check.working}`}
      onClick={() => onShow(check)}
    >
      <VerdictMarks verdict={check.verdict} />
    </button>
  ))
}

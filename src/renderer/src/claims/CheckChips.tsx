/**
 * Number checks beside the claim they end on: a small neutral chip per check with its verdict as
 * symbol and word; its name carries the working, and pressing it selects the claim and opens the
 * check's card in the Checks tab. Not Tab stops: the arrow keys reach them from their claim
 * (reading/chip-keys.ts), and the Checks tab lists them all.
 */
import type { NumberCheck } from '../../../shared/claims'
import { chipArrowKey } from '../reading/chip-keys'
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
      tabIndex={-1}
      className={`check-chip check-chip--${check.verdict}`}
      title={`${check.statement}\n${check.working}`}
      aria-label={`Number check: ${verdictLabel[check.verdict]}. ${check.working}`}
      onClick={() => onShow(check)}
      onKeyDown={chipArrowKey}
    >
      <VerdictMarks verdict={check.verdict} />
    </button>
  ))
}

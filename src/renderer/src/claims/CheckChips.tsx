/**
 * Number checks beside the claim they end on: a small chip per check with its verdict as icon and
 * word; its name carries the working, and pressing it opens the Checks panel.
 */
import type { NumberCheck } from '../../../shared/claims'
import { verdictLabel } from './VerdictBadge'

const verdictIcon = { consistent: '✓', approximately: '≈', inconsistent: '✗' } as const

interface CheckChipsProps {
  checks: readonly NumberCheck[]
  onShow: () => void
}

export function CheckChips({ checks, onShow }: CheckChipsProps) {
  return checks.map((check) => (
    <button
      key={`${check.claimIds.join('-')}-${check.statement}`}
      type="button"
      className={`check-chip check-chip--${check.verdict}`}
      title={`${check.statement}\n${check.working}`}
      aria-label={`Number check: ${verdictLabel[check.verdict]}. ${check.working}`}
      onClick={onShow}
    >
      <span aria-hidden="true">{verdictIcon[check.verdict]}</span> {verdictLabel[check.verdict]}
    </button>
  ))
}

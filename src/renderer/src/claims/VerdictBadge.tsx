/** A number check's verdict as an icon and a word, never colour alone. */
import type { Verdict } from '../../../shared/claims'

export const verdictLabel: Record<Verdict, string> = {
  consistent: 'Adds up',
  approximately: 'Roughly adds up',
  inconsistent: 'Does not add up'
}

const verdictIcon: Record<Verdict, string> = { consistent: '✓', approximately: '≈', inconsistent: '✗' }

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict verdict--${verdict}`}>
      <span aria-hidden="true">{verdictIcon[verdict]}</span> {verdictLabel[verdict]}
    </span>
  )
}

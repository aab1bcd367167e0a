/** What a person reads for each kind of claim the claims engine finds. */
import type { ClaimKind } from '../../../shared/claims'

export const kindLabel: Record<ClaimKind, string> = {
  numeric: 'Numbers',
  quote: 'Quotes',
  attribution: 'Attributed',
  comparison: 'Comparisons',
  causal: 'Cause and effect',
  opinion: 'Opinion and hedges'
}

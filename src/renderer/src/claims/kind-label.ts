/** What a person reads for each kind of claim the claims engine finds. */
import type { ClaimKind } from '../../../shared/claims'

export const kindLabel: Record<ClaimKind, string> = {
  numeric: 'Numbers',
  date: 'Dates and past events',
  quote: 'Quotes',
  attribution: 'Attributed',
  comparison: 'Comparisons',
  causal: 'Cause and effect',
  opinion: 'Opinion and hedges'
}

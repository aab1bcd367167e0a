/** A filter in words, for an export's heading and the view's summary: "Disputed, tagged budget, with a note". */
import { statusLabel } from '../status'
import type { AllClaimsFilter } from './all-claims'

export function filterInWords(
  filter: AllClaimsFilter,
  kindLabel: (kind: string) => string = (kind) => kind,
  documentTitle: (documentId: string) => string | undefined = () => undefined
): string {
  const parts: string[] = []
  if (filter.text?.trim()) parts.push(`containing “${filter.text.trim()}”`)
  if (filter.documentId) parts.push(`in “${documentTitle(filter.documentId) ?? 'one document'}”`)
  if (filter.status === 'unreviewed') parts.push('No status')
  else if (filter.status !== 'any') parts.push(statusLabel[filter.status])
  if (filter.tag !== null) parts.push(`tagged ${filter.tag}`)
  if (filter.kind !== 'any') parts.push(kindLabel(filter.kind))
  if (filter.checkWorthy) parts.push('check-worthy')
  if (filter.hasNote) parts.push('with a note')
  if (filter.seenElsewhere) parts.push('seen elsewhere')
  return parts.length > 0 ? parts.join(', ') : 'every claim'
}

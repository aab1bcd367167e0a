/** What the user is told once an import is done: what came in, and what happened to annotations. */
import type { ImportOutcome } from '../../../shared/contract'

const annotations = (count: number): string => (count === 1 ? '1 annotation' : `${count} annotations`)

export function importedMessage(outcome: Extract<ImportOutcome, { status: 'imported' | 'updated' }>): string {
  const { title, claimCount } = outcome.entry
  if (outcome.status === 'imported') return `Imported “${title}”: ${claimCount} claims to review.`
  const orphaned = outcome.orphaned
    ? ` ${annotations(outcome.orphaned)} could not be placed and ${outcome.orphaned === 1 ? 'is' : 'are'} kept as orphans.`
    : ''
  return `Updated “${title}”: ${annotations(outcome.placed)} moved to the new text.${orphaned}`
}

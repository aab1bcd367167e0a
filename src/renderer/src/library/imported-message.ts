/** What the user is told once an import is done: what came in, and what happened to annotations. */
import type { AnnotationsImported, FactChecksImported, ImportOutcome } from '../../../shared/contract'

/** What an import brought in: a document, a new version of one, annotations for one, or fact-checks. */
export type ImportDone =
  | Extract<ImportOutcome, { status: 'imported' | 'updated' }>
  | ({ status: 'annotated' } & AnnotationsImported)
  | FactChecksImported

const annotations = (count: number): string => (count === 1 ? '1 annotation' : `${count} annotations`)

const factChecks = (count: number): string =>
  count === 1 ? '1 published fact-check' : `${count} published fact-checks`

export function importedMessage(outcome: ImportDone): string {
  if (outcome.status === 'fact-checks') {
    const { fileName, added, updated, skipped } = outcome
    const parts = [
      `${factChecks(added)} added from “${fileName}”.`,
      updated ? `${updated} already kept ${updated === 1 ? 'was' : 'were'} brought up to date.` : '',
      skipped
        ? `${skipped} could not be used (each needs the claim, a rating, the publisher and an http(s) link).`
        : ''
    ]
    return parts.filter(Boolean).join(' ')
  }
  const { title, claimCount } = outcome.entry
  if (outcome.status === 'imported') return `Imported “${title}”: ${claimCount} claims to review.`
  if (outcome.status === 'annotated') {
    const { placed, orphaned, unchanged, skipped } = outcome
    const parts = [
      `${annotations(placed)} placed on “${title}”.`,
      orphaned
        ? `${annotations(orphaned)} could not be placed and ${orphaned === 1 ? 'is' : 'are'} kept as orphans.`
        : '',
      unchanged ? `${annotations(unchanged)} ${unchanged === 1 ? 'was' : 'were'} already there.` : '',
      skipped ? `${annotations(skipped)} without a quote ${skipped === 1 ? 'was' : 'were'} skipped.` : ''
    ]
    return parts.filter(Boolean).join(' ')
  }
  const orphaned = outcome.orphaned
    ? ` ${annotations(outcome.orphaned)} could not be placed and ${outcome.orphaned === 1 ? 'is' : 'are'} kept as orphans.`
    : ''
  return `Updated “${title}”: ${annotations(outcome.placed)} moved to the new text.${orphaned}`
}

/**
 * The highlight colours, named so the UI can label them and the export can say them. They are all
 * cool or neutral hues that no verdict uses (verdicts are green, red and amber), so a highlight never
 * reads as a status.
 */
export const highlightColors = ['blue', 'cyan', 'purple', 'grey'] as const
export type HighlightColor = (typeof highlightColors)[number]

export const highlightColorLabel: Record<HighlightColor, string> = {
  blue: 'Blue',
  cyan: 'Cyan',
  purple: 'Purple',
  grey: 'Grey'
}

export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'blue'

/**
 * Colours of the first palette, which shared hues with the verdicts, and what they read as now.
 * Yellow (the old default) turns grey so it stays apart from highlights made blue on purpose.
 */
const formerColors: Readonly<Record<string, HighlightColor>> = {
  yellow: 'grey',
  green: 'cyan',
  pink: 'purple'
}

/** A stored colour name as today's palette names it; unknown names are left for the schema to judge. */
export function currentHighlightColor(name: unknown): unknown {
  return typeof name === 'string' && Object.hasOwn(formerColors, name) ? formerColors[name] : name
}

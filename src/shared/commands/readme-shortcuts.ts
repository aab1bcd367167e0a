/**
 * The README's shortcut table, written from the command table: one row per command with a key,
 * the Windows and Linux keys first and the macOS ones after where they differ. The README holds the
 * table between two markers; `npm run docs:shortcuts` writes it and a test checks it is current.
 */
import { inHelpOrder, keyLabel, keysOn } from './command-keys'
import { commandTable, type CommandRow } from './command-table'

export const README_SHORTCUTS_START = '<!-- shortcuts:start — written by npm run docs:shortcuts -->'
export const README_SHORTCUTS_END = '<!-- shortcuts:end -->'

export interface ShortcutTableRow {
  keys: string
  does: string
}

const code = (labels: string[]) => labels.map((label) => `\`${label}\``).join(', ')

function rowOf(row: CommandRow): ShortcutTableRow | null {
  const other = keysOn(row, 'other', true).map((binding) => keyLabel(binding, 'other'))
  const mac = keysOn(row, 'mac', true).map((binding) => keyLabel(binding, 'mac'))
  if (!row.help || other.length === 0) return null
  const keys = mac.join() === other.join() ? code(other) : `${code(other)} (${code(mac)})`
  const desktopOnly = (row.keys ?? []).every((binding) => binding.menuOnly)
  const does = `${row.help}${row.readme ? `: ${row.readme}` : ''}${desktopOnly ? ' (desktop app)' : ''}`
  return { keys, does }
}

export function shortcutTableRows(): ShortcutTableRow[] {
  return inHelpOrder(commandTable).flatMap((row) => rowOf(row) ?? [])
}

/** The table as Markdown, before Prettier pads its columns. */
export function shortcutTableMarkdown(): string {
  return [
    '| key | does |',
    '| --- | --- |',
    ...shortcutTableRows().map((row) => `| ${row.keys} | ${row.does} |`)
  ].join('\n')
}

/** The rows of the table between the README's markers, cell by cell; null without the markers. */
export function readmeShortcutRows(readme: string): ShortcutTableRow[] | null {
  const start = readme.indexOf(README_SHORTCUTS_START)
  const end = readme.indexOf(README_SHORTCUTS_END)
  if (start < 0 || end < start) return null
  const lines = readme
    .slice(start + README_SHORTCUTS_START.length, end)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
  return lines.slice(2).map((line) => {
    const [keys = '', does = ''] = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim())
    return { keys, does }
  })
}

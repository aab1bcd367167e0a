/**
 * The right-click menu as data. In a field (a note, the source form): spelling suggestions for the
 * misspelled word, Add to Dictionary, then the edit roles. In the reading view: Copy, the three
 * statuses and Highlight for the current claim (the command table's rows marked `context`, run by
 * the window's own handlers), and a web search for the selected words. Pure, with no Electron import; the glue turns it into a Menu.
 */
import { commandTable, type CommandRow } from '../../shared/commands/command-table'
import type { MenuCommand } from '../../shared/menu-commands'

/** What Electron's `context-menu` event says about the click (a subset of ContextMenuParams). */
export interface ContextParams {
  isEditable: boolean
  selectionText: string
  misspelledWord: string
  dictionarySuggestions: string[]
  /** Whether the click is on the app's own page (not, say, a devtools frame). */
  onAppPage: boolean
}

export type ContextAction =
  | { kind: 'replace-misspelling'; word: string }
  | { kind: 'add-to-dictionary'; word: string }
  | { kind: 'search-web'; text: string }

export interface ContextEntry {
  label?: string
  role?: 'cut' | 'copy' | 'paste' | 'selectAll'
  type?: 'separator'
  enabled?: boolean
  command?: MenuCommand
  action?: ContextAction
}

const SEARCH_LABEL_CHARS = 30
const MAX_SUGGESTIONS = 5

/** The web search for some selected words: DuckDuckGo, which needs no account. */
export function webSearchUrl(text: string): string {
  return `https://duckduckgo.com/?q=${encodeURIComponent(text.replace(/\s+/g, ' ').trim().slice(0, 500))}`
}

/** The reading view's commands, from the command table. */
const reviewEntries: ContextEntry[] = commandTable.flatMap((row: CommandRow) =>
  row.context && 'window' in row.run ? [{ label: row.label, command: row.run.window }] : []
)

export function buildContextMenu(params: ContextParams): ContextEntry[] {
  if (!params.onAppPage) return []
  const selection = params.selectionText.replace(/\s+/g, ' ').trim()
  if (params.isEditable) {
    const word = params.misspelledWord
    const spelling: ContextEntry[] = word
      ? [
          ...(params.dictionarySuggestions.length
            ? params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS).map((suggestion) => ({
                label: suggestion,
                action: { kind: 'replace-misspelling' as const, word: suggestion }
              }))
            : [{ label: 'No Guesses Found', enabled: false }]),
          { label: `Add “${word}” to Dictionary`, action: { kind: 'add-to-dictionary', word } },
          { type: 'separator' }
        ]
      : []
    return [
      ...spelling,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' }
    ]
  }
  const shown =
    selection.length > SEARCH_LABEL_CHARS ? `${selection.slice(0, SEARCH_LABEL_CHARS - 1)}…` : selection
  return [
    { role: 'copy', enabled: selection.length > 0 },
    { type: 'separator' },
    ...reviewEntries,
    ...(selection
      ? [
          { type: 'separator' as const },
          { label: `Search the Web for “${shown}”`, action: { kind: 'search-web' as const, text: selection } }
        ]
      : [])
  ]
}

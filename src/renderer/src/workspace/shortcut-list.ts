/** Every keyboard shortcut, in one list: the handler map, the `?` dialog and the README use it. */

export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'next-unreviewed'
  | 'previous-unreviewed'
  | 'verified'
  | 'disputed'
  | 'needs-source'
  | 'not-a-claim'
  | 'clear'
  | 'note'
  | 'source'
  | 'tag'
  | 'highlight'
  | 'search'
  | 'help'
  | 'undo'
  | 'redo'

export interface Shortcut {
  action: ShortcutAction
  keys: string[]
  description: string
}

export const shortcuts: Shortcut[] = [
  { action: 'next', keys: ['j'], description: 'Next claim' },
  { action: 'previous', keys: ['k'], description: 'Previous claim' },
  { action: 'next-unreviewed', keys: ['J'], description: 'Next claim with no status' },
  { action: 'previous-unreviewed', keys: ['K'], description: 'Previous claim with no status' },
  { action: 'verified', keys: ['1'], description: 'Mark Verified' },
  { action: 'disputed', keys: ['2'], description: 'Mark Disputed' },
  { action: 'needs-source', keys: ['3'], description: 'Mark Needs source' },
  { action: 'not-a-claim', keys: ['4'], description: 'Mark Not a claim (left out of the count)' },
  { action: 'clear', keys: ['0'], description: 'Clear the status' },
  { action: 'note', keys: ['n'], description: 'Write in the note (Escape returns to the claim)' },
  { action: 'source', keys: ['s'], description: 'Add a source' },
  { action: 'tag', keys: ['t'], description: 'Add a tag' },
  { action: 'highlight', keys: ['h'], description: 'Highlight the selected text (or the claim)' },
  { action: 'search', keys: ['/'], description: 'Search and filter' },
  { action: 'help', keys: ['?'], description: 'Show these shortcuts' },
  { action: 'undo', keys: ['Ctrl+Z', '⌘Z'], description: 'Undo' },
  { action: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y', '⌘⇧Z'], description: 'Redo' }
]

/** Plain keys (no modifier) and the action each triggers. */
export const plainKeys: ReadonlyMap<string, ShortcutAction> = new Map(
  shortcuts.flatMap((shortcut) =>
    shortcut.keys.filter((key) => key.length === 1).map((key) => [key, shortcut.action] as const)
  )
)

/** The modifier chord for undo or redo, if `keys` is one: Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y. */
export function historyAction(keys: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}): 'undo' | 'redo' | null {
  if (!(keys.ctrlKey || keys.metaKey) || keys.altKey) return null
  const key = keys.key.toLowerCase()
  if (key === 'z') return keys.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && keys.ctrlKey && !keys.shiftKey) return 'redo'
  return null
}

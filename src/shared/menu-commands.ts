/**
 * What the application menu asks the window to do. Main sends one of these on `menu:command`; the
 * preload passes on only values `parseMenuCommand` accepts, and the renderer runs the same handler
 * the window's own button or key runs. Free of zod so the preload stays small.
 */
import { exportFormats, type ExportFormatName } from './export/formats'
import { themes, type Theme } from './reading-settings'

export const MENU_COMMAND_CHANNEL = 'menu:command'
/** The page tells main it listens for commands (sent once per page load). */
export const MENU_READY_CHANNEL = 'menu:ready'

export const reviewMenuActions = [
  'next',
  'previous',
  'next-unreviewed',
  'previous-unreviewed',
  'verified',
  'disputed',
  'needs-source',
  'not-a-claim',
  'clear',
  'highlight'
] as const
export type ReviewMenuAction = (typeof reviewMenuActions)[number]

export type MenuCommand =
  | { kind: 'import' }
  | { kind: 'import-web' }
  | { kind: 'export'; format: ExportFormatName }
  | { kind: 'library' }
  | { kind: 'open-document'; documentId: string }
  | { kind: 'review'; action: ReviewMenuAction }
  | { kind: 'theme'; theme: Theme }
  | { kind: 'text-size'; step: 'larger' | 'smaller' }
  | { kind: 'shortcuts' }
  | { kind: 'print' }

/** The same alphabet as the API's DocumentId (shared/ids.ts), without zod. */
const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/

const includes = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)

/** The command in `value`, or null for anything else (so a stray message does nothing). */
export function parseMenuCommand(value: unknown): MenuCommand | null {
  if (typeof value !== 'object' || value === null) return null
  const command = value as Record<string, unknown>
  switch (command['kind']) {
    case 'import':
    case 'import-web':
    case 'library':
    case 'shortcuts':
    case 'print':
      return { kind: command['kind'] }
    case 'export':
      return includes(exportFormats, command['format']) ? { kind: 'export', format: command['format'] } : null
    case 'open-document': {
      const id = command['documentId']
      return typeof id === 'string' && DOCUMENT_ID.test(id) ? { kind: 'open-document', documentId: id } : null
    }
    case 'review':
      return includes(reviewMenuActions, command['action'])
        ? { kind: 'review', action: command['action'] }
        : null
    case 'theme':
      return includes(themes, command['theme']) ? { kind: 'theme', theme: command['theme'] } : null
    case 'text-size':
      return command['step'] === 'larger' || command['step'] === 'smaller'
        ? { kind: 'text-size', step: command['step'] }
        : null
    default:
      return null
  }
}

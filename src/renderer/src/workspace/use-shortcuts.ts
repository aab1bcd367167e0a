/**
 * The workspace's keyboard: one keydown listener on the window. Plain-key shortcuts never fire
 * while the user types in a field; undo and redo work everywhere except in single-line fields,
 * where the browser's own text undo is what the user expects.
 */
import { useEffect, useRef } from 'react'
import { useMenuCommand } from '../app/use-menu-command'
import { historyAction, plainKeys, type ShortcutAction } from './shortcut-list'

export type ShortcutHandlers = Record<ShortcutAction, () => void> & { escape: () => void }

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Notes are annotations: their undo is the app's, one burst at a time. */
function ownsTextUndo(target: EventTarget | null): boolean {
  return (
    isTyping(target) && !(target instanceof HTMLTextAreaElement && target.classList.contains('note-input'))
  )
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  // The Review menu and Help ▸ Keyboard Shortcuts run the same handlers as the keys.
  useMenuCommand((command) => {
    if (command.kind === 'review') latest.current[command.action]()
    else if (command.kind === 'shortcuts') latest.current.help()
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const history = historyAction(event)
      if (history) {
        if (ownsTextUndo(event.target)) return
        event.preventDefault()
        latest.current[history]()
        return
      }
      if (event.key === 'Escape') {
        latest.current.escape()
        return
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) return
      const action = plainKeys.get(event.key)
      if (!action) return
      event.preventDefault()
      latest.current[action]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

/**
 * The workspace's keyboard: one keydown listener on the window, running the command table's
 * window keys. Plain-key shortcuts never fire while the user types in a field; undo and redo work
 * everywhere except in single-line fields, where the browser's own text undo is what the user
 * expects; Escape and Ctrl/⌘+P work everywhere.
 */
import { useEffect, useRef } from 'react'
import { windowCommandFor } from '../../../shared/commands/command-keys'
import type { WindowKeyCommandId } from '../../../shared/commands/command-table'
import { useMenuCommand } from '../app/use-menu-command'

export type ShortcutHandlers = Record<WindowKeyCommandId, () => void>

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
    if (command.kind === 'review') latest.current[`review.${command.action}`]()
    else if (command.kind === 'shortcuts') latest.current['help.shortcuts']()
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const found = windowCommandFor(event)
      if (!found) return
      const run = latest.current[found.id]
      if (found.id === 'window.close') return run()
      if (found.chord) {
        if ((found.id === 'edit.undo' || found.id === 'edit.redo') && ownsTextUndo(event.target)) return
        event.preventDefault()
        return run()
      }
      if (isTyping(event.target)) return
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) return
      event.preventDefault()
      run()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

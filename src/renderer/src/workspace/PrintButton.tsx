/**
 * Print: the toolbar button, Ctrl/⌘+P and File ▸ Print… all print the article with its marks; the
 * print style sheet leaves the app's header, toolbar and panels off the page.
 */
import { useEffect } from 'react'
import { useMenuCommand } from '../app/use-menu-command'
import '../styles/print.css'

const isPrintKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p'

export function PrintButton() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPrintKey(event)) return
      // The browser's own Ctrl+P would print the same page; taking it keeps one path in both hosts.
      event.preventDefault()
      window.print()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  useMenuCommand((command) => {
    if (command.kind === 'print') window.print()
  })
  return (
    <button
      type="button"
      className="button button--small"
      aria-keyshortcuts="Control+P"
      onClick={() => window.print()}
    >
      Print
    </button>
  )
}

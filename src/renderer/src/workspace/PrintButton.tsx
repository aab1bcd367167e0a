/**
 * Print: the toolbar button, Ctrl/⌘+P and File ▸ Print… all print the article with its marks; the
 * print style sheet leaves the app's header, toolbar and panels off the page.
 */
import { useMenuCommand } from '../app/use-menu-command'
import '../styles/print.css'

// Ctrl/⌘+P is the command table's `file.print`, taken by the workspace's keys (use-review-keys):
// the browser's own Ctrl+P would print the same page; taking it keeps one path in both hosts.
export function PrintButton() {
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

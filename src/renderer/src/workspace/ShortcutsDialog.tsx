/** The `?` dialog: every shortcut on this platform, from the command table the keys run from. */
import { useEffect, useRef } from 'react'
import { pageShortcuts } from './shortcut-list'

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const shortcuts = pageShortcuts()

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="shortcuts-title"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id="shortcuts-title" className="dialog-title">
        Keyboard shortcuts
      </h2>
      <dl className="shortcut-list">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.id} className="shortcut-row">
            <dt>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && <span className="shortcut-or"> or </span>}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  )
}

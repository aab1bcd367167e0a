import { useEffect, useRef } from 'react'

/**
 * A `<dialog>` shown as a modal once it mounts. `close` closes it before telling `onClose`, so the
 * browser gives focus back to where it was before the dialog; `dismiss` only closes it, for a
 * dialog that ends with its own callback (imported, saved, exported).
 */
export function useModalDialog(onClose: () => void) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  const dismiss = () => dialogRef.current?.close()
  const close = () => {
    dismiss()
    onClose()
  }
  return { dialogRef, close, dismiss }
}

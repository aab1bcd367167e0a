/**
 * A button that opens a small box below it (the Export menu, the reading settings): on opening,
 * focus goes to the box's first `focusFirst` element; a mouse press outside, or Escape, closes it,
 * and Escape brings focus back to the button.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'

export function usePopover(focusFirst: string) {
  const [open, setOpen] = useState(false)
  const boxRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    boxRef.current?.querySelector<HTMLElement>(focusFirst)?.focus()
    const closeOutside = (event: MouseEvent) => {
      if (!boxRef.current?.parentElement?.contains(event.target as Node)) setOpen(false)
    }
    window.addEventListener('mousedown', closeOutside)
    return () => window.removeEventListener('mousedown', closeOutside)
  }, [open, focusFirst])

  /** Closes the box and gives focus back to its button. */
  const close = useCallback(() => {
    setOpen(false)
    buttonRef.current?.focus()
  }, [])

  return {
    open,
    close,
    buttonProps: { ref: buttonRef, 'aria-expanded': open, onClick: () => setOpen((value) => !value) },
    boxProps: {
      ref: boxRef,
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== 'Escape') return
        // Handled here: the workspace's own Escape must not also run.
        event.preventDefault()
        close()
      }
    }
  }
}

/**
 * The frame every modal dialog shares: a `<dialog>` opened by `useModalDialog`, named by its title
 * and described by its opening text for assistive technology, and closed by Escape unless
 * `cancellable` says not now (an export under way).
 */
import { useId, type ReactNode, type RefObject } from 'react'

interface ModalDialogProps {
  /** From `useModalDialog`. */
  dialogRef: RefObject<HTMLDialogElement | null>
  /** Escape: usually `useModalDialog`'s `close`. */
  onCancel: () => void
  title: ReactNode
  /** The opening paragraph, read out with the title. */
  about?: ReactNode
  className?: string
  cancellable?: boolean
  children: ReactNode
}

export function ModalDialog({
  dialogRef,
  onCancel,
  title,
  about,
  className,
  cancellable = true,
  children
}: ModalDialogProps) {
  const ids = useId()
  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={`${ids}-title`}
      aria-describedby={about ? `${ids}-about` : undefined}
      onCancel={(event) => {
        event.preventDefault()
        if (cancellable) onCancel()
      }}
    >
      <h2 id={`${ids}-title`} className="dialog-title">
        {title}
      </h2>
      {about ? (
        <p id={`${ids}-about`} className="dialog-text">
          {about}
        </p>
      ) : null}
      {children}
    </dialog>
  )
}

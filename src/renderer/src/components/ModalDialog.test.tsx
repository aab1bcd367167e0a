import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ModalDialog } from './ModalDialog'
import { useModalDialog } from './use-modal-dialog'

function Harness({ onClose, cancellable }: { onClose: () => void; cancellable?: boolean }) {
  const { dialogRef, close } = useModalDialog(onClose)
  return (
    <ModalDialog
      dialogRef={dialogRef}
      onCancel={close}
      title="Connect to a desk"
      about="A desk is a database your newsroom shares."
      className="desk-dialog"
      {...(cancellable === undefined ? {} : { cancellable })}
    >
      <button type="button">Connect</button>
    </ModalDialog>
  )
}

describe('ModalDialog', () => {
  it('opens as a dialog named by its title and described by its opening text', () => {
    render(<Harness onClose={() => undefined} />)
    const dialog = screen.getByRole('dialog', {
      name: 'Connect to a desk',
      description: 'A desk is a database your newsroom shares.'
    }) as HTMLDialogElement
    expect(dialog.open).toBe(true)
    expect([...dialog.classList]).toEqual(['dialog', 'desk-dialog'])
  })

  it('closes on Escape, and not while it is not cancellable', () => {
    const onClose = vi.fn()
    const { rerender } = render(<Harness onClose={onClose} cancellable={false} />)
    const dialog = screen.getByRole('dialog') as HTMLDialogElement
    fireEvent(dialog, new Event('cancel', { cancelable: true }))
    expect(onClose).not.toHaveBeenCalled()
    expect(dialog.open).toBe(true)
    rerender(<Harness onClose={onClose} cancellable />)
    fireEvent(dialog, new Event('cancel', { cancelable: true }))
    expect(onClose).toHaveBeenCalledOnce()
    expect(dialog.open).toBe(false)
  })
})

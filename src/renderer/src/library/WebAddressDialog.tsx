/**
 * Asks for the address of a web page to import. The address is checked here (http or https, and
 * an address typed without https:// gets it) so a mistake is said before anything is fetched;
 * main checks it again and fetches the page itself.
 */
import { useId, useState } from 'react'
import { checkWebAddress } from '../../../shared/web/web-address'
import { DialogActions } from '../components/DialogActions'
import { ModalDialog } from '../components/ModalDialog'
import { useModalDialog } from '../components/use-modal-dialog'
import '../styles/export.css'

interface WebAddressDialogProps {
  onImport: (url: string) => void
  onClose: () => void
}

export function WebAddressDialog({ onImport, onClose }: WebAddressDialogProps) {
  const { dialogRef, close, dismiss } = useModalDialog(onClose)
  const [address, setAddress] = useState('')
  const [error, setError] = useState<string | null>(null)
  const ids = useId()

  return (
    <ModalDialog
      dialogRef={dialogRef}
      onCancel={close}
      title="Import from a web address"
      about={
        <>
          Claimcheck downloads the page itself — only the page: no images, scripts or cookies — and keeps its
          address as the article’s source.
        </>
      }
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          const checked = checkWebAddress(address, { assumeHttps: true })
          if (!checked.ok) return setError(checked.message)
          dismiss()
          onImport(checked.url)
        }}
      >
        <label className="dialog-field">
          <span>Web address</span>
          <input
            className="text-input"
            name="url"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder="https://"
            maxLength={8192}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-errormessage={error ? `${ids}-error` : undefined}
            value={address}
            onChange={(event) => {
              setAddress(event.target.value)
              setError(null)
            }}
          />
        </label>
        <DialogActions error={error} errorId={`${ids}-error`} submitLabel="Import" onCancel={close} />
      </form>
    </ModalDialog>
  )
}

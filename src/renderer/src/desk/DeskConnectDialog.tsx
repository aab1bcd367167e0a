/**
 * Connecting to a desk: the CouchDB database's address, the member's name and password. The
 * address is checked here first (https, or http on this computer only); the engine's answer, an
 * error in words, shows under the fields. The password is sent once and never shown again.
 */
import { useState } from 'react'
import { deskAddressProblem } from '../../../shared/desk/view/desk-address'
import { DialogActions } from '../components/DialogActions'
import { ModalDialog } from '../components/ModalDialog'
import { useModalDialog } from '../components/use-modal-dialog'
import { useDesk } from './desk-context'
import '../styles/panel.css'
import '../styles/export.css'
import '../styles/desk.css'

export function DeskConnectDialog({
  onClose,
  onConnected
}: {
  onClose: () => void
  onConnected: () => void
}) {
  const { dialogRef, close, dismiss } = useModalDialog(onClose)
  const desk = useDesk()
  const [url, setUrl] = useState('')
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [connecting, setConnecting] = useState(false)

  const connect = async () => {
    const problem = deskAddressProblem(url)
    if (problem) return setError(problem)
    if (!name.trim()) return setError('Enter your name on the desk.')
    if (!password) return setError('Enter your password for the desk.')
    setError(null)
    setConnecting(true)
    const result = await desk.connect({ url: url.trim(), name: name.trim(), password })
    setConnecting(false)
    if (!result.ok) return setError(result.error.message)
    setPassword('')
    dismiss()
    onConnected()
  }

  return (
    <ModalDialog
      dialogRef={dialogRef}
      onCancel={close}
      title="Connect to a desk"
      className="desk-dialog"
      about={
        <>
          A desk is a CouchDB database your newsroom shares. Your reviews stay on this computer and are sent
          to the desk; the others’ verdicts arrive here. Everything keeps working offline.
        </>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void connect()
        }}
      >
        <label className="dialog-field">
          <span>Desk address</span>
          <input
            className="text-input"
            name="desk-address"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder="https://couch.example.org/newsdesk"
            maxLength={2048}
            autoFocus
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        <label className="dialog-field">
          <span>Name</span>
          <input
            className="text-input"
            name="desk-name"
            autoComplete="username"
            spellCheck={false}
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="dialog-field">
          <span>Password</span>
          <input
            className="text-input"
            name="desk-password"
            type="password"
            autoComplete="current-password"
            maxLength={1024}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <p className="desk-dialog-hint">
          The address starts with <code>https://</code>; plain <code>http://</code> only for a desk on this
          computer.
        </p>
        <DialogActions
          error={error}
          submitLabel={connecting ? 'Connecting…' : 'Connect'}
          submitDisabled={connecting}
          onCancel={close}
        />
      </form>
    </ModalDialog>
  )
}

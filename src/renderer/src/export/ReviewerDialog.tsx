/**
 * The reviewer dialog: the name and organisation that sign ClaimReview and W3C exports, set once
 * and kept in the data folder. Opened from the Export menu, or before a ClaimReview export when no
 * reviewer is set yet (then `reason` says why and saving goes on with the export).
 */
import { useEffect, useState } from 'react'
import type { Reviewer } from '../../../shared/reviewer'
import { useApi } from '../services/service-context'
import { DialogActions } from '../components/DialogActions'
import { ModalDialog } from '../components/ModalDialog'
import { useModalDialog } from '../components/use-modal-dialog'
import '../styles/export.css'

interface ReviewerDialogProps {
  /** Why the dialog opened by itself; none when the user asked for it. */
  reason?: string
  /** The save button's label, e.g. "Save and export". */
  saveLabel?: string
  onSaved: (reviewer: Reviewer) => void
  onClose: () => void
}

export function ReviewerDialog({ reason, saveLabel = 'Save', onSaved, onClose }: ReviewerDialogProps) {
  const api = useApi()
  const { dialogRef, close, dismiss } = useModalDialog(onClose)
  const [reviewer, setReviewer] = useState<Reviewer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    void api.getReviewer({}).then((result) => {
      setReviewer(result.ok ? result.value : { name: '', organisation: '' })
      if (!result.ok) setError(result.error.message)
    })
  }, [api])

  const save = async (reviewer: Reviewer) => {
    setSaving(true)
    const result = await api.saveReviewer({ reviewer })
    setSaving(false)
    if (!result.ok) return setError(result.error.message)
    dismiss()
    onSaved(result.value)
  }

  return (
    <ModalDialog
      dialogRef={dialogRef}
      onCancel={close}
      title="Reviewer"
      about={
        <>
          {reason ? `${reason} ` : ''}Your name and organisation sign ClaimReview exports as their author and
          W3C annotations as their creator. Set them once; every export uses them.
        </>
      }
    >
      {reviewer && (
        <form
          className="reviewer-form"
          onSubmit={(event) => {
            event.preventDefault()
            void save(reviewer)
          }}
        >
          <label className="dialog-field">
            <span>Name</span>
            <input
              className="text-input"
              name="name"
              autoComplete="name"
              maxLength={200}
              autoFocus
              value={reviewer.name}
              onChange={(event) => setReviewer({ ...reviewer, name: event.target.value })}
            />
          </label>
          <label className="dialog-field">
            <span>Organisation</span>
            <input
              className="text-input"
              name="organisation"
              autoComplete="organization"
              maxLength={200}
              value={reviewer.organisation}
              onChange={(event) => setReviewer({ ...reviewer, organisation: event.target.value })}
            />
          </label>
          <DialogActions error={error} submitLabel={saveLabel} submitDisabled={saving} onCancel={close} />
        </form>
      )}
    </ModalDialog>
  )
}

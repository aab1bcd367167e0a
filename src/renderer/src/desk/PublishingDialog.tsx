/**
 * Publishing settings: the desk's rating scale — its names, best first, each meaning Verified or
 * Disputed (e.g. PolitiFact's True … Pants on fire) — that a desk document's ClaimReview export
 * rates signed-off claims on. "Needs source" is never a rating. Opened from the Export menu.
 * With a desk the scale is the desk's (every member's export uses it; only editors change it);
 * without one it is kept on this computer.
 */
import { useEffect, useState } from 'react'
import {
  defaultRatingScale,
  truthOMeterScale,
  type RatingMeaning,
  type RatingScale
} from '../../../shared/desk/view/publishing-scale'
import { useApi } from '../services/service-context'
import { DialogActions } from '../components/DialogActions'
import { ModalDialog } from '../components/ModalDialog'
import { useModalDialog } from '../components/use-modal-dialog'
import { useDesk } from './desk-context'
import '../styles/desk.css'

interface PublishingDialogProps {
  onSaved: () => void
  onClose: () => void
}

const MAX_RATINGS = 12

export function PublishingDialog({ onSaved, onClose }: PublishingDialogProps) {
  const api = useApi()
  const { dialogRef, close, dismiss } = useModalDialog(onClose)
  const { me } = useDesk()
  const readOnly = me?.role === 'checker'
  const [scale, setScale] = useState<RatingScale | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    void api.getPublishing({}).then((result) => {
      setScale(result.ok ? result.value.ratingScale : defaultRatingScale)
      if (!result.ok) setError(result.error.message)
    })
  }, [api])

  const edit = (index: number, patch: Partial<RatingScale[number]>) =>
    setScale(
      (current) => current && current.map((rating, at) => (at === index ? { ...rating, ...patch } : rating))
    )
  const move = (index: number, by: -1 | 1) =>
    setScale((current) => {
      if (!current) return current
      const next = [...current]
      const [moved] = next.splice(index, 1)
      if (moved) next.splice(index + by, 0, moved)
      return next
    })
  const remove = (index: number) => setScale((current) => current && current.filter((_, at) => at !== index))

  const save = async (ratingScale: RatingScale) => {
    setSaving(true)
    const result = await api.savePublishingScale({
      ratingScale: ratingScale.map((rating) => ({ ...rating, name: rating.name.trim() }))
    })
    setSaving(false)
    if (!result.ok) return setError(result.error.message)
    dismiss()
    onSaved()
  }

  return (
    <ModalDialog
      dialogRef={dialogRef}
      onCancel={close}
      title="Publishing"
      className="publishing-dialog"
      about={
        <>
          The desk’s rating scale, best first. A desk document’s ClaimReview export rates each signed-off
          claim on it; each rating means Verified or Disputed. “Needs source” is never published as a rating.
          {me
            ? ` The scale is the desk’s: every member’s export uses it${readOnly ? ', and only its editors change it' : ''}.`
            : ' It is kept on this computer.'}
        </>
      }
    >
      {scale && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void save(scale)
          }}
        >
          <fieldset className="rating-scale-fields" disabled={readOnly}>
            <ol className="rating-scale" aria-label="Rating scale, best first">
              {scale.map((rating, index) => (
                <li key={index} className="rating-row">
                  <input
                    className="text-input"
                    aria-label={`Rating ${index + 1} name`}
                    maxLength={60}
                    value={rating.name}
                    onChange={(event) => edit(index, { name: event.target.value })}
                  />
                  <select
                    className="select"
                    aria-label={`Rating ${index + 1} means`}
                    value={rating.means}
                    onChange={(event) => edit(index, { means: event.target.value as RatingMeaning })}
                  >
                    <option value="verified">Verified</option>
                    <option value="disputed">Disputed</option>
                  </select>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move rating ${index + 1} up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move rating ${index + 1} down`}
                    disabled={index === scale.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove rating ${index + 1}`}
                    disabled={scale.length <= 2}
                    onClick={() => remove(index)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ol>
            <div className="rating-scale-tools">
              <button
                type="button"
                className="button button--small"
                disabled={scale.length >= MAX_RATINGS}
                onClick={() => setScale([...scale, { name: '', means: 'disputed' }])}
              >
                Add a rating
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => setScale(truthOMeterScale)}
              >
                Use True … Pants on fire
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => setScale(defaultRatingScale)}
              >
                Use Verified / Disputed
              </button>
            </div>
          </fieldset>
          <DialogActions
            error={error}
            submitLabel="Save"
            submitDisabled={saving || readOnly}
            onCancel={close}
          />
        </form>
      )}
    </ModalDialog>
  )
}

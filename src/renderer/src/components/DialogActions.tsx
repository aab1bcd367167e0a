/**
 * The end of a dialog's form: what went wrong, if anything (read out as it appears), then its
 * submit button and Cancel.
 */
interface DialogActionsProps {
  error: string | null
  /** Lets a field point at the error (`aria-describedby`). */
  errorId?: string
  submitLabel: string
  submitDisabled?: boolean
  onCancel: () => void
}

export function DialogActions({ error, errorId, submitLabel, submitDisabled, onCancel }: DialogActionsProps) {
  return (
    <>
      {error && (
        <p id={errorId} className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button button--primary" disabled={submitDisabled}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  )
}

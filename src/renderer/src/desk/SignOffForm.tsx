/**
 * An editor's sign-off on a claim: the final verdict and a short reason (and, when the desk's
 * rating scale has more than one rating for that verdict, the rating to publish). Enter in the
 * reason signs off; Escape closes the form without signing.
 */
import { useId, useState } from 'react'
import type { RatingScale } from '../../../shared/desk/view/publishing-scale'
import { statusLabel, verdicts, type Verdict } from '../../../shared/status'
import { StatusIcon } from '../components/StatusIcon'

export interface SignOffChoice {
  verdict: Verdict
  reason: string
  /** The rating to publish, from the desk's scale; '' when the scale has one for the verdict. */
  rating: string
}

interface SignOffFormProps {
  initial: { verdict: Verdict | null; reason: string; rating: string }
  ratingScale: RatingScale
  busy: boolean
  onSubmit: (choice: SignOffChoice) => void
  onCancel: () => void
}

export function SignOffForm({ initial, ratingScale, busy, onSubmit, onCancel }: SignOffFormProps) {
  const ids = useId()
  const [verdict, setVerdict] = useState<Verdict | null>(initial.verdict)
  const [reason, setReason] = useState(initial.reason)
  const [rating, setRating] = useState(initial.rating)
  const [problem, setProblem] = useState<string | null>(null)
  const ratings = verdict ? ratingScale.filter((candidate) => candidate.means === verdict) : []

  const submit = () => {
    if (!verdict) return setProblem('Pick the final verdict.')
    if (!reason.trim()) return setProblem('Write a short reason for the sign-off.')
    setProblem(null)
    const chosen = ratings.some((candidate) => candidate.name === rating) ? rating : ''
    onSubmit({ verdict, reason: reason.trim(), rating: chosen })
  }

  return (
    <form
      className="desk-signoff-form"
      aria-label="Sign off"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          event.stopPropagation()
          onCancel()
        }
      }}
    >
      <fieldset className="desk-signoff-verdicts">
        <legend className="field-label">Final verdict</legend>
        {verdicts.map((candidate) => (
          <label key={candidate} className={`desk-verdict-choice desk-verdict-choice--${candidate}`}>
            <input
              type="radio"
              name={`${ids}-verdict`}
              value={candidate}
              checked={verdict === candidate}
              autoFocus={candidate === (initial.verdict ?? 'verified')}
              onChange={() => setVerdict(candidate)}
            />
            <StatusIcon status={candidate} />
            {statusLabel[candidate]}
          </label>
        ))}
      </fieldset>
      {ratings.length > 1 && (
        <label className="dialog-field desk-signoff-rating">
          <span>Rating to publish</span>
          <select className="select" value={rating} onChange={(event) => setRating(event.target.value)}>
            <option value="">{ratings[0]?.name} (first on the scale)</option>
            {ratings.slice(1).map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {verdict === 'needs-source' && (
        <p className="desk-soft">“Needs source” is never published as a rating.</p>
      )}
      <label className="field-label" htmlFor={`${ids}-reason`}>
        Reason
      </label>
      <textarea
        id={`${ids}-reason`}
        className="desk-textarea desk-signoff-reason"
        rows={2}
        maxLength={2000}
        placeholder="Why this verdict, in a sentence"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault()
            submit()
          }
        }}
      />
      {problem && (
        <p className="dialog-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Sign off
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/**
 * A signed-off claim's publishing details, for the editor who publishes it: the fact-check's own
 * address, the claimant, and where and when the claim appeared (each defaults to the article's
 * when left empty). The ClaimReview export reads them.
 */
import { useState } from 'react'
import type { ClaimPublishing } from '../../../shared/desk/view/publishing-scale'

interface ClaimPublishingFormProps {
  details: ClaimPublishing
  onSave: (details: ClaimPublishing) => Promise<boolean>
}

export function ClaimPublishingForm({ details, onSave }: ClaimPublishingFormProps) {
  const [draft, setDraft] = useState(details)
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState(false)
  const field = (key: 'url' | 'claimant' | 'appearedAt' | 'appearedOn') => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => {
      setSaved(false)
      setDraft({ ...draft, [key]: event.target.value })
    }
  })
  return (
    <details className="claim-publishing">
      <summary>Publishing details</summary>
      <form
        aria-label="Publishing details"
        onSubmit={(event) => {
          event.preventDefault()
          setSaving(true)
          void onSave(draft).then((ok) => {
            setSaving(false)
            setSaved(ok)
          })
        }}
      >
        <label className="dialog-field">
          <span>Fact-check address</span>
          <input
            className="text-input"
            type="url"
            placeholder="https://…"
            maxLength={2048}
            {...field('url')}
          />
        </label>
        <label className="dialog-field">
          <span>Claimant</span>
          <input
            className="text-input"
            placeholder="The article’s byline or speaker"
            maxLength={200}
            {...field('claimant')}
          />
        </label>
        <label className="dialog-field">
          <span>Where it appeared</span>
          <input
            className="text-input"
            type="url"
            placeholder="The article"
            maxLength={2048}
            {...field('appearedAt')}
          />
        </label>
        <label className="dialog-field">
          <span>When it appeared</span>
          <input className="text-input" type="date" {...field('appearedOn')} />
        </label>
        <div className="dialog-actions">
          <span className="desk-soft" role="status">
            {saved ? 'Saved' : ''}
          </span>
          <button type="submit" className="button button--small" disabled={saving}>
            Save details
          </button>
        </div>
      </form>
    </details>
  )
}

/** Adds a source to a claim: a link (http or https only), a title and an optional quoted passage. */
import { useEffect, useId, useRef, useState } from 'react'
import { isWebLink } from '../../../shared/security/web-link'

export interface SourceDraft {
  url: string
  title: string
  quote: string
}

interface SourceFormProps {
  onAdd: (source: SourceDraft) => void
  onClose: () => void
}

export function SourceForm({ onAdd, onClose }: SourceFormProps) {
  const id = useId()
  const urlRef = useRef<HTMLInputElement>(null)
  const [draft, setDraft] = useState<SourceDraft>({ url: '', title: '', quote: '' })
  const [error, setError] = useState<string | null>(null)

  useEffect(() => urlRef.current?.focus(), [])

  const submit = () => {
    const url = draft.url.trim()
    if (!isWebLink(url)) {
      setError('Enter a link that starts with http:// or https://.')
      urlRef.current?.focus()
      return
    }
    onAdd({ url, title: draft.title.trim(), quote: draft.quote.trim() })
  }

  return (
    <form
      className="source-form"
      aria-label="New source"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <label className="field-label" htmlFor={`${id}-url`}>
        Link
      </label>
      <input
        ref={urlRef}
        id={`${id}-url`}
        className="text-input"
        type="url"
        inputMode="url"
        placeholder="https://"
        value={draft.url}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setDraft({ ...draft, url: event.target.value })
          setError(null)
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <label className="field-label" htmlFor={`${id}-title`}>
        Title
      </label>
      <input
        id={`${id}-title`}
        className="text-input"
        value={draft.title}
        onChange={(event) => setDraft({ ...draft, title: event.target.value })}
      />
      <label className="field-label" htmlFor={`${id}-quote`}>
        Quoted passage <span className="field-optional">(optional)</span>
      </label>
      <textarea
        id={`${id}-quote`}
        className="note-input"
        rows={3}
        value={draft.quote}
        onChange={(event) => setDraft({ ...draft, quote: event.target.value })}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Add source
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/**
 * Adds a source to a claim, or edits one in place: a link (http or https only), a title, what it
 * shows, a quoted passage, the day it was read (today unless changed) and an archived copy. A new
 * source can start from one already cited in the document. Ctrl/⌘+Enter submits from any field.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { calendarDate, isCalendarDate } from '../../../shared/annotations/calendar-date'
import type { Source } from '../../../shared/model'
import { isWebLink } from '../../../shared/security/web-link'

export type SourceDraft = Omit<Source, 'id'>

interface SourceFormProps {
  /** The source being edited; absent when adding a new one. */
  editing?: Source
  /** Sources cited elsewhere in the document, offered to start a new one from. */
  reusable?: Source[]
  onSubmit: (source: SourceDraft) => void
  onClose: () => void
}

interface Fields {
  url: string
  title: string
  shows: string
  quote: string
  accessedOn: string
  archiveUrl: string
}

/** The chord that submits, as this machine's keyboard writes it. */
const submitKeys = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘+Enter' : 'Ctrl+Enter'

type FieldErrors = Partial<Record<'url' | 'archiveUrl' | 'accessedOn', string>>

const fieldsOf = (source: Source | undefined): Fields => ({
  url: source?.url ?? '',
  title: source?.title ?? '',
  shows: source?.shows ?? '',
  quote: source?.quote ?? '',
  accessedOn: source ? (source.accessedOn ?? '') : calendarDate(new Date()),
  archiveUrl: source?.archiveUrl ?? ''
})

/** The draft to save, or what is wrong with the fields. Empty optional fields are left out. */
function validate(fields: Fields): { draft: SourceDraft } | { errors: FieldErrors } {
  const url = fields.url.trim()
  const archiveUrl = fields.archiveUrl.trim()
  const accessedOn = fields.accessedOn.trim()
  const errors: FieldErrors = {}
  if (!isWebLink(url)) errors.url = 'Enter a link that starts with http:// or https://.'
  if (archiveUrl && !isWebLink(archiveUrl))
    errors.archiveUrl = 'Enter an archive link that starts with http:// or https://, or leave it empty.'
  if (accessedOn && !isCalendarDate(accessedOn)) errors.accessedOn = 'Enter a real day, or leave it empty.'
  if (Object.keys(errors).length > 0) return { errors }
  const draft: SourceDraft = { url, title: fields.title.trim(), quote: fields.quote.trim() }
  if (accessedOn) draft.accessedOn = accessedOn
  if (archiveUrl) draft.archiveUrl = archiveUrl
  if (fields.shows.trim()) draft.shows = fields.shows.trim()
  return { draft }
}

export function SourceForm({ editing, reusable = [], onSubmit, onClose }: SourceFormProps) {
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [fields, setFields] = useState<Fields>(() => fieldsOf(editing))
  const [errors, setErrors] = useState<FieldErrors>({})

  useEffect(() => formRef.current?.querySelector<HTMLElement>('input')?.focus(), [])

  const set = (name: keyof Fields, value: string) => {
    setFields((current) => ({ ...current, [name]: value }))
    setErrors((current) => ({ ...current, [name]: undefined }))
  }

  const submit = () => {
    const result = validate(fields)
    if ('draft' in result) return onSubmit(result.draft)
    setErrors(result.errors)
    const first = (['url', 'accessedOn', 'archiveUrl'] as const).find((name) => result.errors[name])
    formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${first}`)}`)?.focus()
  }

  const reuse = (index: string) => {
    const source = reusable[Number(index)]
    if (!source) return
    // The day it is read again for this claim is today's.
    setFields({ ...fieldsOf(source), accessedOn: calendarDate(new Date()) })
    setErrors({})
  }

  const errorProps = (name: keyof FieldErrors) => ({
    'aria-invalid': errors[name] !== undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined
  })
  const errorText = (name: keyof FieldErrors) =>
    errors[name] && (
      <p id={`${id}-${name}-error`} className="field-error" role="alert">
        {errors[name]}
      </p>
    )

  return (
    <form
      ref={formRef}
      className="source-form"
      aria-label={editing ? 'Edit source' : 'New source'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          event.stopPropagation()
          onClose()
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault()
          submit()
        }
      }}
    >
      {!editing && reusable.length > 0 && (
        <>
          <label className="field-label" htmlFor={`${id}-reuse`}>
            Reuse a source from this article <span className="field-optional">(optional)</span>
          </label>
          <select
            id={`${id}-reuse`}
            className="text-input"
            defaultValue=""
            onChange={(event) => reuse(event.target.value)}
          >
            <option value="">A new source</option>
            {reusable.map((source, index) => (
              <option key={source.id} value={index}>
                {source.title ? `${source.title} — ${source.url}` : source.url}
              </option>
            ))}
          </select>
        </>
      )}
      <label className="field-label" htmlFor={`${id}-url`}>
        Link
      </label>
      <input
        id={`${id}-url`}
        className="text-input"
        type="url"
        inputMode="url"
        placeholder="https://"
        value={fields.url}
        {...errorProps('url')}
        onChange={(event) => set('url', event.target.value)}
      />
      {errorText('url')}
      <label className="field-label" htmlFor={`${id}-title`}>
        Title
      </label>
      <input
        id={`${id}-title`}
        className="text-input"
        value={fields.title}
        onChange={(event) => set('title', event.target.value)}
      />
      <label className="field-label" htmlFor={`${id}-shows`}>
        What it shows <span className="field-optional">(optional)</span>
      </label>
      <textarea
        id={`${id}-shows`}
        className="note-input"
        rows={2}
        value={fields.shows}
        onChange={(event) => set('shows', event.target.value)}
      />
      <label className="field-label" htmlFor={`${id}-quote`}>
        Quoted passage <span className="field-optional">(optional)</span>
      </label>
      <textarea
        id={`${id}-quote`}
        className="note-input"
        rows={3}
        value={fields.quote}
        onChange={(event) => set('quote', event.target.value)}
      />
      <div className="source-form-row">
        <div className="source-form-cell">
          <label className="field-label" htmlFor={`${id}-accessedOn`}>
            Accessed
          </label>
          <input
            id={`${id}-accessedOn`}
            className="text-input"
            type="date"
            value={fields.accessedOn}
            {...errorProps('accessedOn')}
            onChange={(event) => set('accessedOn', event.target.value)}
          />
          {errorText('accessedOn')}
        </div>
        <div className="source-form-cell source-form-cell--wide">
          <label className="field-label" htmlFor={`${id}-archiveUrl`}>
            Archived copy <span className="field-optional">(optional)</span>
          </label>
          <input
            id={`${id}-archiveUrl`}
            className="text-input"
            type="url"
            inputMode="url"
            placeholder="https://web.archive.org/…"
            value={fields.archiveUrl}
            {...errorProps('archiveUrl')}
            onChange={(event) => set('archiveUrl', event.target.value)}
          />
          {errorText('archiveUrl')}
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {editing ? 'Save source' : 'Add source'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <span className="form-hint">{submitKeys} saves</span>
      </div>
    </form>
  )
}

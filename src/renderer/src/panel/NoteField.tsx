/**
 * The note box. Typing here never triggers shortcuts; Escape keeps the note and hands focus back
 * to the claim. Links written in the note are listed below it, clickable.
 */
import { forwardRef, useId } from 'react'
import { linksInNote } from '../../../shared/review/note-links'
import { ExternalLink } from '../components/ExternalLink'

interface NoteFieldProps {
  label: string
  value: string
  placeholder?: string
  onChange: (note: string) => void
  onEscape: () => void
  onFocus?: () => void
}

export const NoteField = forwardRef<HTMLTextAreaElement, NoteFieldProps>(function NoteField(
  { label, value, placeholder, onChange, onEscape, onFocus },
  ref
) {
  const id = useId()
  const links = linksInNote(value)
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        ref={ref}
        id={id}
        className="note-input"
        value={value}
        rows={5}
        placeholder={placeholder}
        onFocus={onFocus}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            onEscape()
          }
        }}
      />
      {links.length > 0 && (
        <ul className="note-links" aria-label={`Links in the ${label.toLowerCase()}`}>
          {links.map((url) => (
            <li key={url}>
              <ExternalLink href={url}>{url}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
})

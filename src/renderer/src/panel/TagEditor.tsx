/** Free-text tags on a claim, with suggestions from the tags already used in the document. */
import { forwardRef, useId, useState } from 'react'

interface TagEditorProps {
  tags: string[]
  suggestions: string[]
  onChange: (tags: string[]) => void
}

export const TagEditor = forwardRef<HTMLInputElement, TagEditorProps>(function TagEditor(
  { tags, suggestions, onChange },
  ref
) {
  const id = useId()
  const [draft, setDraft] = useState('')
  const offered = suggestions.filter((tag) => !tags.some((own) => own.toLowerCase() === tag.toLowerCase()))

  const add = () => {
    const tag = draft.trim()
    if (!tag) return
    onChange([...tags, tag])
    setDraft('')
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Tags
      </label>
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags on this claim">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((own) => own !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={ref}
        id={id}
        className="text-input"
        list={`${id}-suggestions`}
        placeholder="Add a tag and press Enter"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            add()
          }
        }}
      />
      <datalist id={`${id}-suggestions`}>
        {offered.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </div>
  )
})

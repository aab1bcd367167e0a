/** One highlight in the panel: its passage, its colour, its note, and a delete button. */
import { forwardRef } from 'react'
import {
  highlightColorLabel,
  highlightColors,
  type HighlightColor
} from '../../../shared/annotations/highlight-colors'
import type { Highlight } from '../../../shared/model'
import { NoteField } from './NoteField'

interface HighlightCardProps {
  highlight: Highlight
  onColor: (color: HighlightColor) => void
  onNote: (note: string) => void
  onDelete: () => void
  onDone: () => void
}

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140).trimEnd()}…` : text)

export const HighlightCard = forwardRef<HTMLTextAreaElement, HighlightCardProps>(function HighlightCard(
  { highlight, onColor, onNote, onDelete, onDone },
  noteRef
) {
  const passage = excerpt(highlight.target.quote.exact.replace(/\s+/g, ' '))
  return (
    <li className={`highlight-card highlight-card--${highlight.color}`} data-highlight-id={highlight.id}>
      <p className="highlight-passage">{passage}</p>
      <div className="swatches" role="radiogroup" aria-label="Highlight colour">
        {highlightColors.map((color) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={highlight.color === color}
            aria-label={highlightColorLabel[color]}
            title={highlightColorLabel[color]}
            className={`swatch swatch--${color}`}
            onClick={() => onColor(color)}
          />
        ))}
      </div>
      <NoteField
        ref={noteRef}
        label="Highlight note"
        value={highlight.note}
        placeholder="Why does this passage matter?"
        onChange={onNote}
        onEscape={onDone}
      />
      <button type="button" className="button button--quiet" onClick={onDelete}>
        Delete highlight
      </button>
    </li>
  )
})

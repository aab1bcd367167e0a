/** The highlights touching the selected claim (or the one just made), each editable in place. */
import { forwardRef, useImperativeHandle, useRef } from 'react'
import type { AnnotationChange } from '../../../shared/annotations/changes'
import type { Highlight } from '../../../shared/model'
import { HighlightCard } from './HighlightCard'

export interface HighlightListHandle {
  focusNote: (highlightId: string) => void
}

interface HighlightListProps {
  highlights: Highlight[]
  onChange: (change: AnnotationChange, burst?: string) => void
  onDone: () => void
}

export const HighlightList = forwardRef<HighlightListHandle, HighlightListProps>(function HighlightList(
  { highlights, onChange, onDone },
  ref
) {
  const notes = useRef(new Map<string, HTMLTextAreaElement>())
  const session = useRef(0)
  useImperativeHandle(ref, () => ({
    focusNote: (highlightId) => notes.current.get(highlightId)?.focus()
  }))
  if (highlights.length === 0) return null
  return (
    <section className="panel-section" aria-label="Highlights">
      <h3 className="panel-subheading">Highlights</h3>
      <ul className="highlight-list">
        {highlights.map((highlight) => {
          const highlightId = highlight.id
          return (
            <HighlightCard
              key={highlightId}
              ref={(element) => {
                if (element) notes.current.set(highlightId, element)
                else notes.current.delete(highlightId)
              }}
              highlight={highlight}
              onColor={(color) => onChange({ kind: 'edit-highlight', highlightId, color })}
              onNote={(note) => {
                onChange(
                  { kind: 'edit-highlight', highlightId, note },
                  `highlight:${highlightId}:${session.current}`
                )
              }}
              onDelete={() => {
                onChange({ kind: 'remove-highlight', highlightId })
                onDone()
              }}
              onDone={onDone}
            />
          )
        })}
      </ul>
    </section>
  )
})

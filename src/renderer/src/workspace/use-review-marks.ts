/** What the reading view marks over the text: each highlight in its colour, and the search hits. */
import { useMemo } from 'react'
import type { Annotations } from '../../../shared/model'
import type { Mark } from '../../../shared/review/text-pieces'
import type { Search } from './use-search'

export function useReviewMarks(highlights: Annotations['highlights'], search: Search) {
  const currentHit = search.current >= 0 ? `hit:${search.current}` : null
  const markStyle = useMemo(
    () => ({
      highlightColor: new Map(highlights.map((highlight) => [`h:${highlight.id}`, highlight.color])),
      currentHit
    }),
    [highlights, currentHit]
  )
  const marks = useMemo<Mark[]>(
    () => [
      ...highlights.map((highlight) => ({ ...highlight.target.position, key: `h:${highlight.id}` })),
      ...search.hitMarks
    ],
    [highlights, search.hitMarks]
  )
  return { marks, markStyle }
}

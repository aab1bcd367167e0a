/**
 * The open document's desk view (every member's verdicts, sign-offs, assignment, history), read
 * again whenever the desk's revision moves — that is how another member's verdict reaches this
 * screen — and replaced at once by what a sign-off or an assignment answers.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { deskMarkOf, type DeskMark } from '../../../shared/desk/view/desk-filter'
import type { DeskDocumentView } from '../../../shared/desk/view/desk-view-types'
import { useApi } from '../services/service-context'
import { useDesk } from './desk-context'

export interface DeskDocument {
  view: DeskDocumentView | null
  /** Shows a view a call answered (sign-off, assignment) without waiting for the next poll. */
  show: (view: DeskDocumentView) => void
}

export function useDeskDocument(documentId: string, isDesk: boolean): DeskDocument {
  const api = useApi()
  const { status } = useDesk()
  const revision = status.connected ? status.revision : -1
  const [view, setView] = useState<{ documentId: string; view: DeskDocumentView | null } | null>(null)

  useEffect(() => {
    if (!isDesk) return
    let current = true
    void api.deskDocument({ documentId }).then((result) => {
      if (current && result.ok) setView({ documentId, view: result.value })
    })
    return () => {
      current = false
    }
  }, [api, documentId, isDesk, revision])

  const show = useCallback((next: DeskDocumentView) => setView({ documentId, view: next }), [documentId])
  return { view: isDesk && view?.documentId === documentId ? view.view : null, show }
}

/** The margin's mark of each claim in a desk view: a disagreement, a sign-off, a stale sign-off. */
export function useDeskMarks(view: DeskDocumentView | null): ReadonlyMap<string, DeskMark> {
  return useMemo(() => {
    const marks = new Map<string, DeskMark>()
    for (const [claimId, state] of Object.entries(view?.claims ?? {})) {
      const mark = deskMarkOf(state)
      if (mark) marks.set(claimId, mark)
    }
    return marks
  }, [view])
}

/**
 * Undo and redo over the open document, using the pure history from src/shared. The history lives
 * in sessionStorage per document, so it survives a reload within the session; undoing goes
 * through the normal save path, so the disk always holds what the screen shows.
 */
import { useCallback, useRef, useState } from 'react'
import type { AnnotationChange } from '../../../shared/annotations/changes'
import {
  emptyHistory,
  recordStep,
  takeRedo,
  takeUndo,
  type UndoHistory
} from '../../../shared/annotations/undo-history'
import type { Applied } from './use-document'

const storageKey = (documentId: string) => `claimcheck.undo.${documentId}`

function loadHistory(documentId: string | null): UndoHistory {
  if (!documentId) return emptyHistory()
  try {
    const stored = JSON.parse(sessionStorage.getItem(storageKey(documentId)) ?? 'null') as UndoHistory | null
    return stored && Array.isArray(stored.past) && Array.isArray(stored.future) ? stored : emptyHistory()
  } catch {
    return emptyHistory()
  }
}

/** A step taken back or again: the change applied, and what the step did, if known. */
export interface Travelled {
  change: AnnotationChange
  label: string | null
}

export interface Undoable {
  /** Applies a change as one undo step, or joins the previous step of the same `burst`. */
  edit: (change: AnnotationChange, burst?: string) => void
  undo: () => Travelled | null
  redo: () => Travelled | null
  canUndo: boolean
  canRedo: boolean
}

export function useUndo(
  documentId: string | null,
  apply: (change: AnnotationChange) => Applied | null,
  /** What a change does, in words, kept with its step for the announcement of its undo. */
  describe: (change: AnnotationChange) => string
): Undoable {
  /** Histories by document, loaded lazily from sessionStorage; the source of truth for events. */
  const histories = useRef(new Map<string, UndoHistory>())
  const [flags, setFlags] = useState({ id: '', canUndo: false, canRedo: false })

  const historyOf = useCallback((id: string): UndoHistory => {
    const known = histories.current.get(id)
    if (known) return known
    const loaded = loadHistory(id)
    histories.current.set(id, loaded)
    return loaded
  }, [])

  const store = useCallback((id: string, value: UndoHistory) => {
    histories.current.set(id, value)
    sessionStorage.setItem(storageKey(id), JSON.stringify(value))
    setFlags({ id, canUndo: value.past.length > 0, canRedo: value.future.length > 0 })
  }, [])

  const edit = useCallback(
    (change: AnnotationChange, burst?: string) => {
      const applied = apply(change)
      if (!applied) return
      const id = applied.documentId
      const label = describe(change)
      store(
        id,
        recordStep(historyOf(id), change, applied.before, applied.after, { burst, now: Date.now(), label })
      )
    },
    [apply, store, historyOf, describe]
  )

  const travel = useCallback(
    (take: typeof takeUndo) => {
      if (!documentId) return null
      const taken = take(historyOf(documentId))
      if (!taken || !apply(taken.change)) return null
      store(documentId, taken.history)
      return { change: taken.change, label: taken.label }
    },
    [documentId, apply, store, historyOf]
  )

  const shownFlags =
    flags.id === documentId
      ? flags
      : (() => {
          const loaded = loadHistory(documentId)
          return { canUndo: loaded.past.length > 0, canRedo: loaded.future.length > 0 }
        })()

  return {
    edit,
    undo: useCallback(() => travel(takeUndo), [travel]),
    redo: useCallback(() => travel(takeRedo), [travel]),
    canUndo: shownFlags.canUndo,
    canRedo: shownFlags.canRedo
  }
}

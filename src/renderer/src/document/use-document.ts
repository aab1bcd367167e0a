/**
 * Holds the open document and applies annotation changes: at once on screen (the same pure
 * transition main runs), then in order on disk. If the store refuses a change, the screen returns
 * to what is on disk and the error is shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { applyChange, type AnnotationChange } from '../../../shared/annotations/changes'
import type { Annotations, LibraryEntry, StoredDocument } from '../../../shared/model'
import { api } from '../api'

export type SaveState = 'saved' | 'saving' | 'failed'

export interface OpenDocument {
  document: StoredDocument | null
  loadError: string | null
  saveState: SaveState
  saveError: string | null
  apply: (change: AnnotationChange) => void
}

export function useDocument(
  documentId: string | null,
  onEntryChanged: (entry: LibraryEntry) => void
): OpenDocument {
  const [document, setDocument] = useState<StoredDocument | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState<string | null>(null)
  const queue = useRef<Promise<void>>(Promise.resolve())
  const pending = useRef(0)
  /** What the store last acknowledged; the screen falls back to it when a save fails. */
  const onDisk = useRef<Annotations | null>(null)
  const entryChanged = useRef(onEntryChanged)
  entryChanged.current = onEntryChanged

  useEffect(() => {
    let current = true
    setDocument(null)
    setLoadError(null)
    if (!documentId) return
    void api.openDocument({ documentId }).then((result) => {
      if (!current) return
      if (result.ok) {
        onDisk.current = result.value.annotations
        setDocument(result.value)
      } else setLoadError(result.error.message)
    })
    return () => {
      current = false
    }
  }, [documentId])

  const apply = useCallback(
    (change: AnnotationChange) => {
      if (!document) return
      const documentId = document.id
      setDocument((shown) =>
        shown && shown.id === documentId
          ? { ...shown, annotations: applyChange(shown, shown.annotations, change, new Date().toISOString()) }
          : shown
      )
      pending.current++
      setSaveState('saving')
      queue.current = queue.current.then(async () => {
        const result = await api.applyChange({ documentId, change })
        pending.current--
        if (result.ok) {
          onDisk.current = result.value.annotations
          entryChanged.current(result.value.entry)
          if (pending.current > 0) return
          // Nothing else in flight: show exactly what is on disk.
          const saved = result.value.annotations
          setDocument((shown) => (shown?.id === documentId ? { ...shown, annotations: saved } : shown))
          setSaveState('saved')
          return
        }
        setSaveState('failed')
        setSaveError(result.error.message)
        const acknowledged = onDisk.current
        if (acknowledged)
          setDocument((shown) => (shown?.id === documentId ? { ...shown, annotations: acknowledged } : shown))
      })
    },
    [document]
  )

  return { document, loadError, saveState, saveError, apply }
}

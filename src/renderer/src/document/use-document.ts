/**
 * Holds the open document and applies annotation changes: at once on screen (the same pure
 * transition main runs), then in order on disk. If the store refuses a change, the screen returns
 * to what is on disk and the error is reported.
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
  apply: (change: AnnotationChange) => void
}

interface DocumentCallbacks {
  onEntryChanged: (entry: LibraryEntry) => void
  onSaveFailed: (message: string) => void
}

type Loaded = { id: string; document: StoredDocument | null; error: string | null }

export function useDocument(documentId: string | null, callbacks: DocumentCallbacks): OpenDocument {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const queue = useRef<Promise<void>>(Promise.resolve())
  const pending = useRef(0)
  /** What the store last acknowledged; the screen falls back to it when a save fails. */
  const onDisk = useRef<Annotations | null>(null)
  const { onEntryChanged, onSaveFailed } = callbacks

  useEffect(() => {
    if (!documentId) return
    let current = true
    void api.openDocument({ documentId }).then((result) => {
      if (!current) return
      if (result.ok) onDisk.current = result.value.annotations
      setLoaded(
        result.ok
          ? { id: documentId, document: result.value, error: null }
          : { id: documentId, document: null, error: result.error.message }
      )
    })
    return () => {
      current = false
    }
  }, [documentId])

  const showAnnotations = useCallback((documentId: string, annotations: Annotations) => {
    setLoaded((shown) =>
      shown?.document && shown.id === documentId
        ? { ...shown, document: { ...shown.document, annotations } }
        : shown
    )
  }, [])

  const current = loaded?.id === documentId ? loaded : null

  const apply = useCallback(
    (change: AnnotationChange) => {
      const document = current?.document
      if (!document) return
      const documentId = document.id
      showAnnotations(
        documentId,
        applyChange(document, document.annotations, change, new Date().toISOString())
      )
      pending.current++
      setSaveState('saving')
      queue.current = queue.current.then(async () => {
        const result = await api.applyChange({ documentId, change })
        pending.current--
        if (result.ok) {
          onDisk.current = result.value.annotations
          onEntryChanged(result.value.entry)
          if (pending.current > 0) return
          // Nothing else in flight: show exactly what is on disk.
          showAnnotations(documentId, result.value.annotations)
          setSaveState('saved')
          return
        }
        setSaveState('failed')
        onSaveFailed(result.error.message)
        if (onDisk.current) showAnnotations(documentId, onDisk.current)
      })
    },
    [current, showAnnotations, onEntryChanged, onSaveFailed]
  )

  return {
    document: current?.document ?? null,
    loadError: current?.error ?? null,
    saveState,
    apply
  }
}

/**
 * Holds the open document and applies annotation changes: at once on screen (the same pure
 * transition main runs), then in order on disk. If the store refuses a change, the screen returns
 * to what is on disk and the error is reported.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { applyChange, type AnnotationChange } from '../../../shared/annotations/changes'
import { keepUnchanged } from '../../../shared/annotations/keep-unchanged'
import type { Annotations, LibraryEntry, StoredDocument } from '../../../shared/model'
import { useApi } from '../services/service-context'

export type SaveState = 'saved' | 'saving' | 'failed'

export interface OpenDocument {
  document: StoredDocument | null
  loadError: string | null
  saveState: SaveState
  /** Applies a change on screen at once and queues it for disk; answers the states around it. */
  apply: (change: AnnotationChange) => Applied | null
  /** Resolves once every change made so far has been answered by the store. */
  whenSaved: () => Promise<void>
}

export interface Applied {
  documentId: string
  before: Annotations
  after: Annotations
}

interface DocumentCallbacks {
  onEntryChanged: (entry: LibraryEntry) => void
  onSaveFailed: (message: string) => void
}

type Loaded = { id: string; document: StoredDocument | null; error: string | null }

/** `revision` reloads the document from disk when it changes (after a re-import, say). */
export function useDocument(
  documentId: string | null,
  callbacks: DocumentCallbacks,
  revision = 0
): OpenDocument {
  const api = useApi()
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
  }, [documentId, revision, api])

  const showAnnotations = useCallback((documentId: string, annotations: Annotations) => {
    setLoaded((shown) => {
      if (!shown?.document || shown.id !== documentId) return shown
      // What the store saved mostly equals what is shown: keep those objects, so only what differs redraws.
      const kept = keepUnchanged(shown.document.annotations, annotations)
      return kept === shown.document.annotations
        ? shown
        : { ...shown, document: { ...shown.document, annotations: kept } }
    })
  }, [])

  const current = loaded?.id === documentId ? loaded : null

  /** What is on screen right now, even before React renders it: changes may come in a burst. */
  const shown = useRef<StoredDocument | null>(null)
  const currentDocument = current?.document ?? null
  useLayoutEffect(() => {
    shown.current = currentDocument
  }, [currentDocument])

  const apply = useCallback(
    (change: AnnotationChange): Applied | null => {
      const document = shown.current
      if (!document) return null
      const documentId = document.id
      const before = document.annotations
      let after: Annotations
      try {
        after = applyChange(document, before, change, new Date().toISOString())
      } catch (error) {
        onSaveFailed(error instanceof Error ? error.message : String(error))
        return null
      }
      if (after === before) return { documentId, before, after }
      shown.current = { ...document, annotations: after }
      showAnnotations(documentId, after)
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
      return { documentId, before, after }
    },
    [showAnnotations, onEntryChanged, onSaveFailed, api]
  )

  const whenSaved = useCallback(() => queue.current, [])

  return {
    document: current?.document ?? null,
    loadError: current?.error ?? null,
    saveState,
    apply,
    whenSaved
  }
}

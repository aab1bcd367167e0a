/**
 * The library as the app shell holds it: what the host answered at start, the documents listed,
 * and which one is open (at start the last one open, or the first).
 */
import { useCallback, useEffect, useState } from 'react'
import type { Startup } from '../../../shared/contract'
import type { LibraryEntry, Notice } from '../../../shared/model'
import { useApi } from '../services/service-context'
import { startupAnswers } from './startup-request'

export function useLibrary(showStartupNotices: (notices: readonly Notice[]) => void) {
  const api = useApi()
  const [startup, setStartup] = useState<Startup | null>(null)
  const [entries, setEntries] = useState<LibraryEntry[]>([])
  const [documentId, setDocumentId] = useState<string | null>(null)
  /** Why the app cannot start, when it cannot. */
  const [fatal, setFatal] = useState<string | null>(null)

  useEffect(() => {
    void (async () => {
      const [started, listed] = await startupAnswers(api)
      if (!started.ok) return setFatal(started.error.message)
      if (!listed.ok) return setFatal(listed.error.message)
      setStartup(started.value)
      showStartupNotices(started.value.notices)
      setEntries(listed.value)
      const last = listed.value.find((entry) => entry.id === started.value.lastDocumentId)
      setDocumentId((last ?? listed.value[0])?.id ?? null)
    })()
  }, [api, showStartupNotices])

  /** Lists the library again; the open document stays open if it is still listed. */
  const refreshLibrary = useCallback(async () => {
    const listed = await api.listDocuments({})
    if (!listed.ok) return
    setEntries(listed.value)
    setDocumentId((current) =>
      listed.value.some((entry) => entry.id === current) ? current : (listed.value[0]?.id ?? null)
    )
  }, [api])

  /** A document's entry changed (a save, a share): its row says so without listing the library again. */
  const onEntryChanged = useCallback((changed: LibraryEntry) => {
    setEntries((current) => current.map((entry) => (entry.id === changed.id ? changed : entry)))
  }, [])

  return { startup, entries, documentId, setDocumentId, fatal, refreshLibrary, onEntryChanged }
}

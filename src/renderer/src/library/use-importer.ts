/**
 * One import at a time, from any way in (file picker, open dialog, drop, paste, a web address):
 * reads the file with progress (or lets main read or fetch it), sends its text (a PDF's bytes),
 * follows how far main has got (a PDF's pages, a web page's bytes downloaded), can cancel a web
 * import while it runs, and holds the new-version question until the user answers.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { BackupImportOutcome, ImportOutcome, ImportProgress } from '../../../shared/contract'
import { isBackupFileName } from '../../../shared/export/backup-file-name'
import { recogniseFeed } from '../../../shared/fact-checks/claim-review-shape'
import { isAnnotationFileName } from '../../../shared/import/file-name'
import type { Result } from '../../../shared/result'
import { useApi } from '../services/service-context'
import type { ImportSteps } from '../hosts/host-port'
import type { ImportDone } from './imported-message'
import { FileTooLargeError, isPdfFile, readFileBase64, readFileText } from './read-file'

/** How often the page asks main how far an import has got. */
const PROGRESS_POLL_MS = 250

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; fraction: number }
  | { phase: 'importing'; fileName: string; progress?: ImportProgress }
  | {
      phase: 'downloading'
      /** The address being fetched. */
      fileName: string
      downloadId: string
      receivedBytes: number
      totalBytes: number | null
    }
  | {
      phase: 'question'
      /** A new version of a document, or a backup of one still in the library. */
      kind: 'version' | 'backup'
      fileName: string
      pendingId: string
      title: string
      existingTitle: string
    }

export interface Importer extends ImportSteps {
  state: ImportState
  importText: (fileName: string, text: string) => Promise<void>
  /** Main fetches the page at `url` (already checked to be http or https) and imports it. */
  importWebAddress: (url: string) => Promise<void>
  /** Stops the web import that is downloading; nothing is saved. */
  cancelDownload: () => void
  answer: (decision: 'update' | 'new' | 'cancel') => Promise<void>
}

/** 16 random bytes in hex: the id main knows this web import by. */
function newDownloadId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0')
  ).join('')
}

export interface ImportCallbacks {
  /** Annotation files apply to the document at their web address, else to this one. */
  openDocumentId: string | null
  onDone: (outcome: ImportDone) => void
  onError: (message: string) => void
}

export function useImporter({ openDocumentId, onDone, onError }: ImportCallbacks): Importer {
  const api = useApi()
  const [state, setState] = useState<ImportState>({ phase: 'idle' })
  const busy = state.phase !== 'idle'
  const stopPolling = useRef<() => void>(() => {})
  useEffect(() => () => stopPolling.current(), [])

  const settle = useCallback(
    (fileName: string, result: Result<ImportOutcome | BackupImportOutcome>, kind: 'version' | 'backup') => {
      if (!result.ok) {
        setState({ phase: 'idle' })
        return onError(result.error.message)
      }
      const outcome = result.value
      if (outcome.status === 'needs-decision') {
        const { pendingId, title, existing } = outcome
        return setState({
          phase: 'question',
          // The open dialog says which question it asks; the other calls are one kind each.
          kind: 'kind' in outcome ? outcome.kind : kind,
          fileName,
          pendingId,
          title,
          existingTitle: existing.title
        })
      }
      setState({ phase: 'idle' })
      if (outcome.status !== 'cancelled') onDone(outcome)
    },
    [onDone, onError]
  )

  const importText = useCallback(
    async (fileName: string, text: string) => {
      setState({ phase: 'importing', fileName })
      if (isBackupFileName(fileName))
        return settle(fileName, await api.importBackup({ fileName, text }), 'backup')
      // A ClaimReview feed goes to the import that recognises it, whatever its name says.
      if (isAnnotationFileName(fileName) && !recogniseFeed(text)) {
        const documentId = openDocumentId ?? undefined
        const result = await api.importAnnotations({ fileName, text, ...(documentId ? { documentId } : {}) })
        setState({ phase: 'idle' })
        return result.ok ? onDone({ status: 'annotated', ...result.value }) : onError(result.error.message)
      }
      settle(fileName, await api.importFile({ fileName, text }), 'version')
    },
    [settle, openDocumentId, onDone, onError, api]
  )

  const importing = state.phase === 'importing'
  useEffect(() => {
    if (!importing) return
    const timer = setInterval(() => {
      void api.getImportProgress({}).then((result) => {
        const progress = result.ok ? result.value : null
        if (progress)
          setState((current) => (current.phase === 'importing' ? { ...current, progress } : current))
      })
    }, PROGRESS_POLL_MS)
    return () => clearInterval(timer)
  }, [importing, api])

  const importFile = useCallback(
    async (file: File) => {
      if (busy) return onError('Another import is still running; wait for it to finish.')
      setState({ phase: 'reading', fileName: file.name, fraction: 0 })
      const onProgress = (fraction: number): void =>
        setState({ phase: 'reading', fileName: file.name, fraction })
      let content: { text: string } | { base64: string }
      try {
        content = (await isPdfFile(file))
          ? { base64: await readFileBase64(file, onProgress) }
          : { text: await readFileText(file, onProgress) }
      } catch (error) {
        setState({ phase: 'idle' })
        return onError(
          error instanceof FileTooLargeError ? error.message : `“${file.name}” could not be read.`
        )
      }
      if ('text' in content) return importText(file.name, content.text)
      setState({ phase: 'importing', fileName: file.name })
      settle(file.name, await api.importFile({ fileName: file.name, ...content }), 'version')
    },
    [busy, importText, onError, settle, api]
  )

  const importThrough = useCallback(
    async (label: string, call: () => Promise<Result<ImportOutcome>>) => {
      setState({ phase: 'importing', fileName: label })
      settle(label, await call(), 'version')
    },
    [settle]
  )

  const importWebAddress = useCallback(
    async (url: string) => {
      if (busy) return onError('Another import is still running; wait for it to finish.')
      const downloadId = newDownloadId()
      setState({ phase: 'downloading', fileName: url, downloadId, receivedBytes: 0, totalBytes: null })
      let finished = false
      const timer = window.setInterval(() => {
        void api.webImportProgress({ downloadId }).then((progress) => {
          if (finished || !progress.ok || !progress.value) return
          const { phase, receivedBytes, totalBytes } = progress.value
          // Once downloaded, the import's own progress (a PDF's pages) takes over.
          setState((current) =>
            phase === 'downloading'
              ? { phase, fileName: url, downloadId, receivedBytes, totalBytes }
              : current.phase === 'importing'
                ? current
                : { phase: 'importing', fileName: url }
          )
        })
      }, PROGRESS_POLL_MS)
      stopPolling.current = () => {
        finished = true
        window.clearInterval(timer)
      }
      const result = await api.importFromWeb({ url, downloadId })
      stopPolling.current()
      settle(url, result, 'version')
    },
    [busy, settle, onError, api]
  )

  const cancelDownload = useCallback(() => {
    if (state.phase === 'downloading') void api.cancelWebImport({ downloadId: state.downloadId })
  }, [state, api])

  const answer = useCallback(
    async (decision: 'update' | 'new' | 'cancel') => {
      if (state.phase !== 'question') return
      const { pendingId, fileName, kind } = state
      setState({ phase: 'importing', fileName })
      if (kind === 'version') return settle(fileName, await api.resolveImport({ pendingId, decision }), kind)
      const restore = decision === 'update' ? 'replace' : decision === 'new' ? 'keep-both' : 'cancel'
      settle(fileName, await api.resolveBackupImport({ pendingId, decision: restore }), kind)
    },
    [settle, state, api]
  )

  return { state, importFile, importText, importThrough, importWebAddress, cancelDownload, answer }
}

/**
 * Export the library: every document, or those ticked, in one format; the host delivers them into
 * a chosen folder (desktop) or as one `.zip` (browser), with progress shown as each is exported.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { ExportFormat } from '../../../shared/contract'
import { exportFormatInfo, exportFormats } from '../../../shared/export/formats'
import type { LibraryEntry } from '../../../shared/model'
import { useHost } from '../services/service-context'
import { useModalDialog } from '../components/use-modal-dialog'
import '../styles/export.css'

interface LibraryExportDialogProps {
  entries: readonly LibraryEntry[]
  /** Called once the export is delivered (with what to tell the user) or failed. */
  onDone: (message: string, level: 'info' | 'error') => void
  onClose: () => void
}

export function LibraryExportDialog({ entries, onDone, onClose }: LibraryExportDialogProps) {
  const host = useHost()
  const { dialogRef, close, dismiss } = useModalDialog(onClose)
  const allRef = useRef<HTMLInputElement>(null)
  const ids = useId()
  const [format, setFormat] = useState<ExportFormat>('markdown')
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(entries.map((entry) => entry.id)))
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)

  const all = chosen.size === entries.length
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = chosen.size > 0 && !all
  }, [chosen, all])

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  const start = async () => {
    const documentIds = entries.filter((entry) => chosen.has(entry.id)).map((entry) => entry.id)
    setProgress({ done: 0, total: documentIds.length })
    const result = await host.deliverLibraryExport(documentIds, format, (done, total) =>
      setProgress({ done, total })
    )
    setProgress(null)
    if (!result.ok) return onDone(result.error.message, 'error')
    if (result.value === null) return // the folder dialog was cancelled: stay open
    dismiss()
    onDone(result.value, 'info')
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog library-export"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => {
        event.preventDefault()
        if (!progress) close()
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void start()
        }}
      >
        <h2 id={`${ids}-title`} className="dialog-title">
          Export the library
        </h2>
        <label className="dialog-field">
          <span>Format</span>
          <select
            className="select"
            value={format}
            disabled={Boolean(progress)}
            onChange={(event) => setFormat(event.target.value as ExportFormat)}
          >
            {exportFormats.map((name) => (
              <option key={name} value={name}>
                {exportFormatInfo[name].label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="library-export-documents" disabled={Boolean(progress)}>
          <legend>Documents</legend>
          <label className="checkbox library-export-all">
            <input
              ref={allRef}
              type="checkbox"
              checked={all}
              onChange={(event) =>
                setChosen(new Set(event.target.checked ? entries.map((entry) => entry.id) : []))
              }
            />
            All documents ({entries.length})
          </label>
          <ul className="library-export-list">
            {entries.map((entry) => (
              <li key={entry.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.has(entry.id)}
                    onChange={(event) => toggle(entry.id, event.target.checked)}
                  />
                  <span className="library-export-title">{entry.title}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {progress && (
          <div className="library-export-progress" role="status">
            <progress aria-label="Export progress" max={Math.max(progress.total, 1)} value={progress.done} />
            <span>
              Exported {progress.done} of {progress.total}
            </span>
          </div>
        )}
        <div className="dialog-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={chosen.size === 0 || Boolean(progress)}
          >
            Export {chosen.size === 1 ? '1 document' : `${chosen.size} documents`}
          </button>
          <button type="button" className="button" disabled={Boolean(progress)} onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}

/**
 * What an import is doing: a progress bar while the file is read (or the page downloaded, with
 * Cancel) and processed, the new-version question when the file matches a document, and the
 * drop target while a file or a link is dragged in.
 */
import { useEffect, useRef } from 'react'
import { isWebLink } from '../../../shared/security/web-link'
import '../styles/library.css'
import type { ImportState, Importer } from './use-importer'

/** "Reading report.pdf…", then "Importing report.pdf: page 12 of 240…" once main says how far. */
function progressText(state: Extract<ImportState, { phase: 'reading' | 'importing' }>): string {
  if (state.phase === 'reading') return `Reading ${state.fileName}…`
  const { progress } = state
  // The open dialog's label is a stand-in until main names the file it is reading.
  const fileName = progress?.fileName ?? state.fileName
  return progress
    ? `Importing ${fileName}: page ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`
    : `Importing ${fileName}…`
}

/** `1.4 MB`, `820 KB`: how much of a page has arrived. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

function downloaded(received: number, total: number | null): string {
  if (received === 0) return 'waiting for the server'
  return total ? `${formatBytes(received)} of ${formatBytes(total)}` : formatBytes(received)
}

export function ImportStatus({ importer, dragging }: { importer: Importer; dragging: boolean }) {
  const { state, answer, cancelDownload } = importer
  const firstButton = useRef<HTMLButtonElement>(null)
  const asking = state.phase === 'question'
  useEffect(() => {
    if (asking) firstButton.current?.focus()
  }, [asking])

  return (
    <>
      {dragging && (
        <div className="drop-target" aria-hidden="true">
          <p>Drop a .txt, .md, .html or .pdf file, or a link to a web page, to import it</p>
        </div>
      )}
      {state.phase === 'downloading' && (
        <div className="import-progress import-progress--download">
          {/* Only the start is announced: the byte count changes four times a second. */}
          <span className="import-progress-label">
            <span role="status" className="import-progress-what">
              Downloading <span className="import-progress-address">{state.fileName}</span>
            </span>
            <span className="import-progress-bytes">
              — {downloaded(state.receivedBytes, state.totalBytes)}
            </span>
          </span>
          <progress
            aria-label={`Downloading ${state.fileName}`}
            {...(state.totalBytes ? { max: state.totalBytes, value: state.receivedBytes } : {})}
          />
          <button type="button" className="button" onClick={cancelDownload}>
            Cancel
          </button>
        </div>
      )}
      {(state.phase === 'reading' || state.phase === 'importing') && (
        <div className="import-progress" role="status">
          <span>{progressText(state)}</span>
          <progress
            aria-label={`Importing ${state.fileName}`}
            max={1}
            {...(state.phase === 'reading'
              ? { value: state.fraction }
              : state.progress
                ? { value: state.progress.done / Math.max(state.progress.total, 1) }
                : {})}
          />
        </div>
      )}
      {asking && (
        <div className="modal-backdrop">
          <div
            className="modal"
            role="dialog"
            aria-modal="true"
            aria-labelledby="version-question-title"
            onKeyDown={(event) => {
              if (event.key === 'Escape') void answer('cancel')
            }}
          >
            {state.kind === 'backup' ? (
              <>
                <h2 id="version-question-title">“{state.existingTitle}” is still in your library</h2>
                <p>
                  “{state.fileName}” is a backup of it. Replacing puts the backed-up review back; the current
                  one is kept among the document’s earlier versions. Keeping both adds the backup as a second
                  document.
                </p>
              </>
            ) : (
              <>
                <h2 id="version-question-title">Is this a new version of “{state.existingTitle}”?</h2>
                <p>
                  “{state.fileName}” has the same {isWebLink(state.fileName) ? 'address' : 'name'} or title as
                  a document in your library. Updating it keeps your statuses, notes and highlights, moved to
                  where their text now is; any whose text is gone are kept as orphans for you to re-attach or
                  delete.
                </p>
              </>
            )}
            <div className="modal-actions">
              <button
                ref={firstButton}
                type="button"
                className="button button--primary"
                onClick={() => void answer('update')}
              >
                {state.kind === 'backup' ? 'Replace it' : 'Update the document'}
              </button>
              <button type="button" className="button" onClick={() => void answer('new')}>
                {state.kind === 'backup' ? 'Keep both' : 'Import as a new document'}
              </button>
              <button type="button" className="button" onClick={() => void answer('cancel')}>
                Cancel
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  )
}

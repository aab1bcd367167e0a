/**
 * The header's part about the open document: its title, how much of it is reviewed, sharing it with
 * the desk, and exporting it.
 */
import { countStatuses } from '../../../shared/annotations/counts'
import type { LibraryEntry, StoredDocument } from '../../../shared/model'
import { ShareWithDesk } from '../desk/ShareWithDesk'
import { ExportMenu } from './ExportMenu'
import { ReviewProgress } from './ReviewProgress'
import type { Notify } from './use-notices'

interface DocumentHeaderProps {
  document: StoredDocument
  entry: LibraryEntry
  /** Whether the services answered at start: sharing and exporting need them. */
  ready: boolean
  whenSaved: () => Promise<void>
  onEntryChanged: (entry: LibraryEntry) => void
  notify: Notify
}

export function DocumentHeader({
  document,
  entry,
  ready,
  whenSaved,
  onEntryChanged,
  notify
}: DocumentHeaderProps) {
  return (
    <>
      <span className="app-document-title" title={document.title}>
        {document.title}
      </span>
      <ReviewProgress
        counts={countStatuses(document, document.annotations)}
        claimCount={document.claims.length}
      />
      {ready && !entry.desk && (
        <ShareWithDesk
          documentId={document.id}
          title={document.title}
          whenSaved={whenSaved}
          onShared={(shared) => {
            onEntryChanged(shared)
            notify(`“${shared.title}” is shared with the desk.`, 'info')
          }}
          onError={(message) => notify(message, 'error')}
        />
      )}
      {ready && (
        <ExportMenu
          documentId={document.id}
          whenSaved={whenSaved}
          onMessage={(message, level, about) => notify(message, level, about, 'export')}
          deskDocument={Boolean(entry.desk)}
        />
      )}
    </>
  )
}

/**
 * Earlier versions of one document, as the store kept them on each save: when each was saved and
 * how far its review had got. Restoring one is safe: the version it replaces is kept in turn.
 */
import { useEffect, useState } from 'react'
import { reviewProgress } from '../../../shared/annotations/counts'
import type { DocumentVersion } from '../../../shared/contract'
import { useApi } from '../services/service-context'

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

interface VersionListProps {
  documentId: string
  title: string
  onRestored: (message: string) => Promise<void>
  onError: (message: string) => void
}

export function VersionList({ documentId, title, onRestored, onError }: VersionListProps) {
  const api = useApi()
  const [versions, setVersions] = useState<DocumentVersion[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    void api.listVersions({ documentId }).then((listed) => {
      if (!current) return
      if (listed.ok) setVersions(listed.value)
      else setFailure(listed.error.message)
    })
    return () => {
      current = false
    }
  }, [documentId, api])

  const restore = async (version: DocumentVersion): Promise<void> => {
    const result = await api.restoreVersion({ documentId, versionId: version.versionId })
    if (!result.ok) return onError(result.error.message)
    await onRestored(
      `Restored “${title}” as saved ${timeFormat.format(new Date(version.savedAt))}. ` +
        'The version it replaced is kept under Versions.'
    )
  }

  return (
    <section className="library-versions" aria-label={`Earlier versions of ${title}`}>
      {failure ? (
        <p className="library-versions-note" role="alert">
          {failure}
        </p>
      ) : versions === null ? (
        <p className="library-versions-note">Looking for earlier versions…</p>
      ) : versions.length === 0 ? (
        <p className="library-versions-note">
          No earlier versions yet. One is kept each time the document is saved.
        </p>
      ) : (
        <ol className="library-versions-list">
          {versions.map((version) => {
            const { reviewed, total } = reviewProgress(version.counts, version.claimCount)
            const savedAt = timeFormat.format(new Date(version.savedAt))
            return (
              <li key={version.versionId} className="library-version">
                <span>
                  <time dateTime={version.savedAt}>{savedAt}</time>
                  <span className="library-meta">
                    {' '}
                    · {reviewed} of {total} reviewed
                    {version.title !== title ? ` · titled “${version.title}”` : ''}
                  </span>
                </span>
                <button
                  type="button"
                  className="button"
                  aria-label={`Restore the version saved ${savedAt}`}
                  onClick={() => void restore(version)}
                >
                  Restore
                </button>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}

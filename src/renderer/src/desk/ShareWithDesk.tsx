/**
 * Share with desk: sends a document's article (text, structure, source, title) and your review to
 * the desk, where every member's library gets it. Offered only while connected; a desk document
 * shows whose it is instead (DeskBadge).
 */
import { useState } from 'react'
import type { LibraryEntry } from '../../../shared/model'
import { useApi } from '../services/service-context'
import { useDesk } from './desk-context'

interface ShareWithDeskProps {
  documentId: string
  title: string
  /** Pending saves land first, so the desk gets the review as it is on screen. */
  whenSaved?: () => Promise<void>
  onShared: (entry: LibraryEntry) => void
  onError: (message: string) => void
  /** On a library row the button names its document. */
  named?: boolean
}

export function ShareWithDesk({
  documentId,
  title,
  whenSaved,
  onShared,
  onError,
  named
}: ShareWithDeskProps) {
  const api = useApi()
  const desk = useDesk()
  const [sharing, setSharing] = useState(false)
  if (!desk.me) return null
  const share = async () => {
    setSharing(true)
    await whenSaved?.()
    const result = await api.shareWithDesk({ documentId })
    setSharing(false)
    if (!result.ok) return onError(result.error.message)
    void desk.refresh()
    onShared(result.value)
  }
  return (
    <button
      type="button"
      className="button desk-share"
      disabled={sharing}
      aria-label={named ? `Share ${title} with desk` : undefined}
      onClick={() => void share()}
    >
      {sharing ? 'Sharing…' : 'Share with desk'}
    </button>
  )
}

/** "Desk · with ana": marks a desk document, and says who it is assigned to. */
export function DeskBadge({ assignee, me }: { assignee: string | null; me: string | null }) {
  return (
    <span className="desk-badge" title="Shared with the desk: the team reviews it together.">
      <span className="desk-badge-name">Desk</span>
      {assignee && (
        <span className="desk-badge-assignee">
          {assignee === me ? 'assigned to you' : `with ${assignee}`}
        </span>
      )}
    </span>
  )
}
